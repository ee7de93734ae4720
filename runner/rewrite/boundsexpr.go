package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
)

// conversion returns the conversion that an integer expression of the
// script needs to be an argument of a check: none for an int or an
// untyped constant, uint64 for an unsigned type that can hold more than
// an int, int for the others.
func (pl *planner) conversion(e ast.Expr) string {
	t := pl.info.TypeOf(e)
	if t == nil {
		return "int"
	}
	b, ok := t.Underlying().(*types.Basic)
	switch {
	case !ok:
		return "int"
	case b.Info()&types.IsUntyped != 0, b.Kind() == types.Int:
		return ""
	case b.Kind() == types.Uint, b.Kind() == types.Uint64, b.Kind() == types.Uintptr:
		return "uint64"
	}
	return "int"
}

// asInt returns the text of a copy of e as an int.
func (pl *planner) asInt(e ast.Expr) string {
	text := types.ExprString(e)
	if c := pl.conversion(e); c != "" {
		return "int(" + text + ")"
	}
	return "(" + text + ")"
}

// pure reports whether e can be evaluated again, after it ran, with no
// effect and the same value: variables, fields, elements, constants and
// arithmetic that cannot fail on them.
func (pl *planner) pure(e ast.Expr) bool {
	if tv, ok := pl.info.Types[e]; ok && tv.Value != nil {
		return true
	}
	switch e := e.(type) {
	case *ast.Ident:
		_, isVar := pl.info.Uses[e].(*types.Var)
		return isVar
	case *ast.BasicLit:
		return true
	case *ast.ParenExpr:
		return pl.pure(e.X)
	case *ast.StarExpr:
		return pl.pure(e.X)
	case *ast.SelectorExpr:
		if sel := pl.info.Selections[e]; sel != nil {
			return sel.Kind() == types.FieldVal && pl.pure(e.X)
		}
		_, isVar := pl.info.Uses[e.Sel].(*types.Var)
		return isVar // a package's variable
	case *ast.IndexExpr:
		return pl.pure(e.X) && pl.pure(e.Index)
	case *ast.UnaryExpr:
		return e.Op != token.ARROW && e.Op != token.AND && pl.pure(e.X)
	case *ast.BinaryExpr:
		switch e.Op {
		case token.QUO, token.REM, token.SHL, token.SHR:
			return false
		}
		return pl.pure(e.X) && pl.pure(e.Y)
	case *ast.CallExpr:
		return pl.conversionOrLen(e) && len(e.Args) == 1 && pl.pure(e.Args[0])
	}
	return false
}

// quiet reports whether evaluating e can neither fail nor have an
// effect: what runs after it cannot tell whether it ran first.
func (pl *planner) quiet(e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		if !ok {
			return false
		}
		if x, isExpr := n.(ast.Expr); isExpr {
			if tv, found := pl.info.Types[x]; found && tv.Value != nil {
				return false
			}
		}
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			ok = pl.conversionOrLen(x)
		case *ast.UnaryExpr:
			ok = x.Op != token.ARROW
		case *ast.StarExpr:
			if tv := pl.info.Types[x]; !tv.IsType() {
				ok = false
			}
		case *ast.SliceExpr, *ast.TypeAssertExpr:
			ok = false
		case *ast.IndexExpr:
			t := pl.info.TypeOf(x.X)
			if t == nil {
				ok = false
				break
			}
			if m, isMap := t.Underlying().(*types.Map); !isMap || types.IsInterface(m.Key()) {
				ok = pl.info.Types[x.X].IsType()
			}
		case *ast.SelectorExpr:
			if sel := pl.info.Selections[x]; sel != nil && (sel.Indirect() || sel.Kind() != types.FieldVal) {
				ok = false
			} else if sel != nil {
				if _, ptr := sel.Recv().Underlying().(*types.Pointer); ptr {
					ok = false
				}
			}
		case *ast.BinaryExpr:
			switch x.Op {
			case token.QUO, token.REM, token.SHL, token.SHR:
				ok = pl.info.Types[x.Y].Value != nil
			}
		}
		return ok
	})
	return ok
}

// conversionOrLen reports whether c is a conversion that cannot fail or
// a call of len or cap.
func (pl *planner) conversionOrLen(c *ast.CallExpr) bool {
	fun := ast.Unparen(c.Fun)
	if tv, ok := pl.info.Types[fun]; ok && tv.IsType() {
		switch u := tv.Type.Underlying().(type) {
		case *types.Array:
			return false
		case *types.Pointer:
			_, arr := u.Elem().Underlying().(*types.Array)
			return !arr
		}
		return true
	}
	if id, ok := fun.(*ast.Ident); ok {
		if b, ok := pl.info.Uses[id].(*types.Builtin); ok {
			return b.Name() == "len" || b.Name() == "cap"
		}
	}
	return false
}

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
	case b.Info()&types.IsUntyped != 0, b.Kind() == types.Int && !pooledType(t):
		return "" // an int (not a type of lift's pool, which is one of its own)
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
	name := builtinName(pl.info, c)
	return name == "len" || name == "cap"
}

// hoistable returns the index and slice expressions of a function body
// that are in a statement before which another can go (one of a list: an
// assignment, a declaration, a return, a call, a send), with the
// statement; none where the body has a goto, which may not jump over the
// declaration.
func hoistable(body *ast.BlockStmt) map[ast.Expr]ast.Stmt {
	at := map[ast.Expr]ast.Stmt{}
	gotos := false
	var lists []ast.Stmt
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BranchStmt:
			gotos = gotos || x.Tok == token.GOTO
		case *ast.BlockStmt:
			lists = append(lists, x.List...)
		case *ast.CaseClause:
			lists = append(lists, x.Body...)
		case *ast.CommClause:
			lists = append(lists, x.Body...)
		}
		return true
	})
	if gotos {
		return at
	}
	for _, s := range lists {
		switch s.(type) {
		case *ast.AssignStmt, *ast.DeclStmt, *ast.ReturnStmt, *ast.ExprStmt, *ast.SendStmt, *ast.IncDecStmt:
		default:
			continue
		}
		ast.Inspect(s, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.IndexExpr, *ast.SliceExpr:
				at[x.(ast.Expr)] = s
			}
			return true
		})
	}
	return at
}

// first reports whether x runs first among what can fail or have an
// effect in the statement s, and always runs when s does: evaluating it
// just before s changes nothing else.
func (pl *planner) first(s ast.Stmt, x ast.Expr) bool {
	ok := true
	ast.Inspect(s, func(n ast.Node) bool {
		if !ok || n == x {
			return false
		}
		switch e := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BinaryExpr:
			if (e.Op == token.LAND || e.Op == token.LOR) && e.Y.Pos() <= x.Pos() && x.End() <= e.Y.End() {
				ok = false // it runs only as the left operand says
				return false
			}
		}
		if e, isExpr := n.(ast.Expr); isExpr && e.End() <= x.Pos() && pl.loud(e) {
			ok = false // it runs before x
		}
		return ok
	})
	return ok
}

// loud reports whether evaluating e itself, its operands aside, can fail
// or have an effect.
func (pl *planner) loud(e ast.Expr) bool {
	if tv, ok := pl.info.Types[e]; ok && (tv.Value != nil || tv.IsType()) {
		return false
	}
	switch x := e.(type) {
	case *ast.CallExpr:
		return !pl.conversionOrLen(x)
	case *ast.UnaryExpr:
		return x.Op == token.ARROW
	case *ast.StarExpr, *ast.SliceExpr, *ast.TypeAssertExpr:
		return true
	case *ast.IndexExpr:
		t := pl.info.TypeOf(x.X)
		if t == nil {
			return true
		}
		m, isMap := t.Underlying().(*types.Map)
		return !isMap || types.IsInterface(m.Key())
	case *ast.SelectorExpr:
		sel := pl.info.Selections[x]
		if sel == nil {
			return false
		}
		if sel.Indirect() || sel.Kind() != types.FieldVal {
			return true
		}
		_, ptr := sel.Recv().Underlying().(*types.Pointer)
		return ptr
	case *ast.BinaryExpr:
		switch x.Op {
		case token.QUO, token.REM, token.SHL, token.SHR:
			return pl.info.Types[x.Y].Value == nil
		}
	}
	return false
}

// pooledType reports whether t is a type that pass basicnamed declares as
// a type of lift's pool.
func pooledType(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && Pooled(n.Obj())
}

package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"sync"
)

// enclosingFunc returns the body of the innermost function in stack, and
// the innermost loop inside that function, if any.
func enclosingFunc(stack []ast.Node) (body ast.Node, loop ast.Node) {
	for i := len(stack) - 1; i >= 0; i-- {
		switch s := stack[i].(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			if loop == nil {
				loop = s
			}
		case *ast.FuncLit:
			return s.Body, loop
		case *ast.FuncDecl:
			return s.Body, loop
		}
	}
	return nil, nil
}

// inspectDefers calls visit for each defer statement of f, in the order
// of the source, with the nodes from f down to the statement, it last: the
// deferred calls that passes savedargs and savedcaptures save, with where
// they stand.
func inspectDefers(f *ast.File, visit func(d *ast.DeferStmt, stack []ast.Node)) {
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		if d, ok := n.(*ast.DeferStmt); ok {
			visit(d, append(stack, d))
		}
		return true
	})
}

// readVars returns the local variables that x reads, outside function
// literals.
func readVars(p *Package, x ast.Node) []*types.Var {
	var vars []*types.Var
	seen := map[*types.Var]bool{}
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.Ident:
			if v, ok := p.Info.Uses[n].(*types.Var); ok && !v.IsField() && v.Parent() != nil && v.Parent() != p.Types.Scope() && !seen[v] {
				seen[v] = true
				vars = append(vars, v)
			}
		}
		return true
	})
	return vars
}

// changedIn reports whether n assigns or declares v after pos, changes it
// through a method with a pointer receiver, or takes its address.
func changedIn(p *Package, n ast.Node, v *types.Var, after token.Pos) bool {
	changed := false
	_, isPtr := v.Type().Underlying().(*types.Pointer)
	is := func(x ast.Expr) bool {
		id, ok := rootIdent(x).(*ast.Ident)
		if ok && id != x && isPtr {
			return false // a change through the pointer leaves the pointer as it was
		}
		return ok && (p.Info.Uses[id] == v || p.Info.Defs[id] == v) && id.Pos() > after
	}
	ast.Inspect(n, func(m ast.Node) bool {
		switch x := m.(type) {
		case *ast.SelectorExpr:
			if s := p.Info.Selections[x]; s != nil && s.Kind() == types.MethodVal {
				if sig, ok := s.Obj().Type().(*types.Signature); ok {
					if _, ptr := sig.Recv().Type().(*types.Pointer); ptr {
						if _, xIsPtr := s.Recv().Underlying().(*types.Pointer); !xIsPtr {
							changed = changed || is(x.X)
						}
					}
				}
			}
		case *ast.AssignStmt:
			for _, l := range x.Lhs {
				changed = changed || is(l)
			}
		case *ast.IncDecStmt:
			changed = changed || is(x.X)
		case *ast.RangeStmt:
			if x.Key != nil {
				changed = changed || is(x.Key)
			}
			if x.Value != nil {
				changed = changed || is(x.Value)
			}
		case *ast.ValueSpec:
			for _, id := range x.Names {
				changed = changed || is(id)
			}
		case *ast.UnaryExpr:
			changed = changed || (x.Op == token.AND && is(x.X))
		}
		return !changed
	})
	return changed
}

// rootIdent returns the expression at the root of x: v for v, v.f, v[i],
// (v).f.
func rootIdent(x ast.Expr) ast.Expr {
	for {
		switch y := x.(type) {
		case *ast.SelectorExpr:
			x = y.X
		case *ast.IndexExpr:
			x = y.X
		case *ast.ParenExpr:
			x = y.X
		default:
			return x
		}
	}
}

// canPanic reports whether evaluating x can panic where Go would name x
// itself: an index or slice out of range, a nil pointer, a failed type
// assertion, a division by zero, a negative shift, or a call of a function
// the script does not declare (a panic in one it declares names a line of
// that function). It errs towards yes.
func canPanic(p *Package, x ast.Expr) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IndexExpr:
			if _, isMap := typeUnder(p, n.X).(*types.Map); !isMap {
				found = p.Info.Types[n.X].IsValue()
			}
		case *ast.IndexListExpr:
		case *ast.SliceExpr, *ast.StarExpr, *ast.TypeAssertExpr:
			found = true
		case *ast.SelectorExpr:
			if s := p.Info.Selections[n]; s != nil && s.Indirect() {
				found = true
			}
		case *ast.BinaryExpr:
			switch n.Op {
			case token.QUO, token.REM, token.SHL, token.SHR:
				found = p.Info.Types[n.Y].Value == nil
			}
		case *ast.CallExpr:
			tv := p.Info.Types[n.Fun]
			switch {
			case tv.IsType():
				_, toArray := tv.Type.Underlying().(*types.Array)
				_, toPtr := tv.Type.Underlying().(*types.Pointer)
				found = toArray || toPtr
			case tv.IsBuiltin():
			default:
				found = !declaredFunc(p, n.Fun) && !calmFunc(p, n.Fun)
			}
		}
		return !found
	})
	return found
}

// declaredFunc reports whether fun names a function or method that the
// script declares.
func declaredFunc(p *Package, fun ast.Expr) bool {
	if ix, ok := ast.Unparen(fun).(*ast.IndexExpr); ok {
		return declaredFunc(p, ix.X)
	}
	fn := funcNamed(p, fun)
	return fn != nil && fn.Pkg() == p.Types && !types.IsInterface(recvType(fn))
}

// funcNamed returns the function or method that fun names as f, pkg.F or
// x.M, in parentheses or not; nil for any other expression, and for a
// name of something else than a function. The passes ask it of a call's
// function to tell whose function the call runs.
func funcNamed(p *Package, fun ast.Expr) *types.Func {
	var id *ast.Ident
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	default:
		return nil
	}
	fn, _ := p.Info.Uses[id].(*types.Func)
	return fn
}

// pkgOf returns the imported package that sel, a qualified identifier
// (io.EOF, json.Marshal), takes a member of; nil where sel selects a
// field or a method. Passes that lift particular library functions find
// their calls by it.
func pkgOf(info *types.Info, sel *ast.SelectorExpr) *types.PkgName {
	id, ok := sel.X.(*ast.Ident)
	if !ok {
		return nil
	}
	pn, _ := info.Uses[id].(*types.PkgName)
	return pn
}

// builtinName returns the name of the builtin function that call calls
// (len, panic, recover), in parentheses or not; "" where it calls anything
// else. Several passes rewrite or skip the calls of particular builtins.
func builtinName(info *types.Info, call *ast.CallExpr) string {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return ""
	}
	b, ok := info.Uses[id].(*types.Builtin)
	if !ok {
		return ""
	}
	return b.Name()
}

// calm are functions of Go's library that do not panic, whatever their
// arguments: by package, every function but those listed.
var calm = sync.OnceValue(func() map[string]map[string]bool {
	return map[string]map[string]bool{
		"fmt":     {},
		"strconv": {},
		"errors":  {},
		"strings": {"Repeat": true},
		"time":    {"NewTicker": true, "Tick": true},
	}
})

// calmFunc reports whether fun names a function in calm.
func calmFunc(p *Package, fun ast.Expr) bool {
	sel, ok := ast.Unparen(fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	fn, ok := p.Info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || recvType(fn) != types.Typ[types.Invalid] {
		return false
	}
	but, ok := calm()[fn.Pkg().Path()]
	return ok && !but[fn.Name()]
}

func recvType(fn *types.Func) types.Type {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return types.Typ[types.Invalid]
	}
	return sig.Recv().Type()
}

func typeUnder(p *Package, x ast.Expr) types.Type {
	t := p.Info.TypeOf(x)
	if t == nil {
		return nil
	}
	return t.Underlying()
}

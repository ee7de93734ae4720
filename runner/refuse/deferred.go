package refuse

import (
	"go/ast"
	"go/token"
	"go/types"
)

// enclosing returns the body of the innermost function in stack, and the
// innermost loop inside that function, if any.
func enclosing(stack []ast.Node) (body ast.Node, loop ast.Node) {
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

// changedIn reports whether v is assigned or declared in n after pos.
func changedIn(r *reporter, n ast.Node, v *types.Var, after token.Pos) bool {
	changed := false
	_, isPtr := v.Type().Underlying().(*types.Pointer)
	is := func(e ast.Expr) bool {
		id, ok := root(e).(*ast.Ident)
		if ok && id != e && isPtr {
			return false // a change through the pointer leaves the pointer as it was
		}
		return ok && (r.info.Uses[id] == v || r.info.Defs[id] == v) && id.Pos() > after
	}
	ast.Inspect(n, func(m ast.Node) bool {
		switch x := m.(type) {
		case *ast.SelectorExpr:
			// x.M() of a method with a pointer receiver may change x.
			if s := r.info.Selections[x]; s != nil && s.Kind() == types.MethodVal {
				if sig, ok := s.Obj().Type().(*types.Signature); ok {
					if _, ptr := sig.Recv().Type().(*types.Pointer); ptr {
						if _, xIsPtr := s.Recv().Underlying().(*types.Pointer); !xIsPtr {
							changed = changed || is(x.X)
						}
					}
				}
			}
		case *ast.AssignStmt:
			for _, e := range x.Lhs {
				changed = changed || is(e)
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

// root returns the variable at the root of e: x for x, x.f, x[i], (*x).f.
func root(e ast.Expr) ast.Expr {
	for {
		switch x := e.(type) {
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		default:
			return e
		}
	}
}

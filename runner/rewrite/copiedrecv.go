package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
)

// copiedThroughPointer reports whether recv, the receiver of a deferred
// call of method, is a value that Go copies at the defer statement out
// of memory that a pointer reaches (defer pp.print() with pp a *point
// and print a method of point, defer h.pt.print() with h a pointer), and
// the function writes there after the defer statement, or anywhere in
// loop: through the pointer (pp.x = 100, h.pt.x++, a method of a pointer
// receiver), or to the variable whose address the pointer was given
// (pp := &p; p.x = 100). The interpreter copies such a receiver when the
// function returns, so the method saw the values written after the
// defer. A change the pointer does not root (through another pointer to
// the same memory) is not seen.
func copiedThroughPointer(p *Package, body, loop ast.Node, d *ast.DeferStmt, recv ast.Expr, method *types.Func) bool {
	sig, ok := method.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return false
	}
	if _, ptrRecv := sig.Recv().Type().(*types.Pointer); ptrRecv || types.IsInterface(sig.Recv().Type()) {
		return false
	}
	id, ok := pointerRoot(recv).(*ast.Ident)
	if !ok {
		return false
	}
	root, ok := p.Info.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	if _, isPtr := root.Type().Underlying().(*types.Pointer); !isPtr {
		return false // a change of the variable itself is changedIn's
	}
	targets := map[*types.Var]bool{root: true}
	if v := addressOf(p, body, root); v != nil {
		targets[v] = true
	}
	written := func(n ast.Node, after token.Pos) bool {
		found := false
		ast.Inspect(n, func(m ast.Node) bool {
			if found {
				return false
			}
			var xs []ast.Expr
			called := false // a pointer method writes through its receiver
			switch m := m.(type) {
			case *ast.AssignStmt:
				xs = m.Lhs
			case *ast.IncDecStmt:
				xs = []ast.Expr{m.X}
			case *ast.SelectorExpr:
				if s := p.Info.Selections[m]; s != nil && s.Kind() == types.MethodVal {
					if sig, ok := s.Obj().Type().(*types.Signature); ok {
						if _, ptr := sig.Recv().Type().(*types.Pointer); ptr {
							xs, called = []ast.Expr{m.X}, true
						}
					}
				}
			case *ast.UnaryExpr:
				if m.Op == token.AND {
					xs = []ast.Expr{m.X}
				}
			}
			for _, x := range xs {
				if x.Pos() <= after {
					continue
				}
				if id, ok := pointerRoot(x).(*ast.Ident); ok {
					v, _ := p.Info.Uses[id].(*types.Var)
					if targets[v] && (v != root || called || id != ast.Unparen(x)) {
						found = true
					}
				}
			}
			return !found
		})
		return found
	}
	return written(body, d.End()) || loop != nil && written(loop, token.NoPos)
}

// pointerRoot is the variable that x, an operand reached through fields,
// elements and dereferences, starts from.
func pointerRoot(x ast.Expr) ast.Expr {
	for {
		switch y := x.(type) {
		case *ast.SelectorExpr:
			x = y.X
		case *ast.IndexExpr:
			x = y.X
		case *ast.ParenExpr:
			x = y.X
		case *ast.StarExpr:
			x = y.X
		default:
			return x
		}
	}
}

// addressOf returns the variable whose address body declares ptr with
// (pp := &p), or nil.
func addressOf(p *Package, body ast.Node, ptr *types.Var) *types.Var {
	var v *types.Var
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != len(as.Rhs) {
			return v == nil
		}
		for i, l := range as.Lhs {
			id, ok := l.(*ast.Ident)
			if !ok || p.Info.Defs[id] != ptr && p.Info.Uses[id] != ptr {
				continue
			}
			if u, ok := ast.Unparen(as.Rhs[i]).(*ast.UnaryExpr); ok && u.Op == token.AND {
				if x, ok := ast.Unparen(u.X).(*ast.Ident); ok {
					v, _ = p.Info.Uses[x].(*types.Var)
				}
			}
		}
		return v == nil
	})
	return v
}

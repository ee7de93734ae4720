package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
)

// neverNil reports whether x names a local variable of body that holds a
// pointer which cannot be nil: every value body gives it is the address of
// a variable or a composite literal or a call of new, and body never
// takes its address
// (through which something else could store nil). A deferred call of a
// value method through such a pointer can copy *x before the defer
// statement without moving a nil dereference's panic to another line.
func neverNil(p *Package, body ast.Node, x ast.Expr) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := p.Info.Uses[id].(*types.Var)
	if !ok || v.IsField() || v.Pos() < body.Pos() || v.Pos() >= body.End() {
		return false // a parameter, a result or a package's variable
	}
	if _, ok := v.Type().Underlying().(*types.Pointer); !ok {
		return false
	}
	isV := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && (p.Info.Defs[id] == v || p.Info.Uses[id] == v)
	}
	given := 0
	ok = true
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if !isV(l) {
					continue
				}
				given++
				if len(n.Lhs) != len(n.Rhs) || !fresh(p, n.Rhs[i]) {
					ok = false
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if !isV(name) {
					continue
				}
				given++
				if len(n.Names) != len(n.Values) || !fresh(p, n.Values[i]) {
					ok = false
				}
			}
		case *ast.RangeStmt:
			if n.Key != nil && isV(n.Key) || n.Value != nil && isV(n.Value) {
				ok = false
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && isV(n.X) {
				ok = false
			}
		}
		return ok
	})
	return ok && given > 0
}

// fresh reports whether x is an address taken with & (of a variable, an
// element, a composite literal) or a call of the builtin new: a pointer
// that is never nil.
func fresh(p *Package, x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.UnaryExpr:
		return x.Op == token.AND
	case *ast.CallExpr:
		id, ok := ast.Unparen(x.Fun).(*ast.Ident)
		if !ok {
			return false
		}
		b, ok := p.Info.Uses[id].(*types.Builtin)
		return ok && b.Name() == "new"
	}
	return false
}

// neverNilField reports whether x reaches a field through a pointer that
// neverNil finds, and through no other pointer or embedded field (s.Bytes,
// c.stats.Requests with c := &Conn{}): reading it cannot panic.
func neverNilField(p *Package, body ast.Node, x ast.Expr) bool {
	sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s := p.Info.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
		return false
	}
	if _, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
		return neverNil(p, body, sel.X)
	}
	return !s.Indirect() && neverNilField(p, body, sel.X)
}

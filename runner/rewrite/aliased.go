package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
)

// aliasedIn reports whether f, within v's scope, lets v change where its
// name does not show: it takes v's address (&v, &v.f, or a method value
// of a pointer method, which binds &v), or a function literal assigns v.
// A call anywhere after may then change v through the pointer or the
// literal (inc := c.Inc; get := c.Get; inc()), which changedIn, looking
// only at what follows, does not see.
func aliasedIn(p *Package, f *ast.File, v *types.Var) bool {
	scope := v.Parent()
	if scope == nil || !scope.Pos().IsValid() {
		return false
	}
	_, isPtr := v.Type().Underlying().(*types.Pointer)
	is := func(x ast.Expr) bool {
		id, ok := rootIdent(x).(*ast.Ident)
		if ok && id != ast.Unparen(x) && isPtr {
			return false // the address of what the pointer points to
		}
		return ok && (p.Info.Uses[id] == v || p.Info.Defs[id] == v)
	}
	aliased := false
	var lits []*ast.FuncLit
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		if aliased || n.End() < scope.Pos() || n.Pos() > scope.End() {
			return false
		}
		switch x := n.(type) {
		case *ast.FuncLit:
			if x.Pos() > scope.Pos() {
				lits = append(lits, x) // inside v's scope, not around it
			}
		case *ast.UnaryExpr:
			aliased = x.Op == token.AND && is(x.X)
		case *ast.SelectorExpr:
			s := p.Info.Selections[x]
			if s == nil || s.Kind() != types.MethodVal || s.Indirect() {
				return true
			}
			sig, ok := s.Obj().Type().(*types.Signature)
			if !ok {
				return true
			}
			if _, ptr := sig.Recv().Type().(*types.Pointer); !ptr {
				return true
			}
			if _, ptrX := p.Info.TypeOf(x.X).Underlying().(*types.Pointer); ptrX {
				return true // binds the pointer, not its address
			}
			if len(stack) > 0 {
				if call, ok := stack[len(stack)-1].(*ast.CallExpr); ok && call.Fun == x {
					return true // called where it stands
				}
			}
			aliased = is(x.X)
		}
		return !aliased
	})
	for _, lit := range lits {
		aliased = aliased || changedIn(p, lit.Body, v, token.NoPos)
	}
	return aliased
}

// valueRecv reports whether method, when not nil, has a receiver that a
// call copies: not a pointer, nor an interface's.
func valueRecv(method *types.Func) bool {
	if method == nil {
		return false
	}
	sig, ok := method.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || types.IsInterface(sig.Recv().Type()) {
		return false
	}
	_, ptr := sig.Recv().Type().(*types.Pointer)
	return !ptr
}

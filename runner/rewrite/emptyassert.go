package rewrite

import (
	"go/ast"
	"go/types"
)

// The interpreter asserts a value of an empty interface that compiled code
// gave it (what sync.Map's Load or a context's Value returns, and a
// variable declared from it) by reading the first field of a struct it
// holds, to take a value of its own out of a wrapper, and panicked where
// the struct has none (a script's type done struct{}, a struct{}{}:
// reflect: Field index out of bounds), to whatever type it is asserted.
// Its own interface{} it asserts as Go does. This pass makes the operand
// of such an assertion an interface{} of the script's, in a script whose
// packages make a value of a struct type of no fields (which Go's library
// does not hand a script on its own):
//
//	d, ok := v.(done)   =>   d, ok := interface{}(v).(done)
//
// An assertion that pass heldassert opens so already is left to it.

func emptyAsserts(p *Package, f *ast.File, e *Editor) {
	if !makesEmptyStruct(p) {
		return
	}
	ast.Inspect(f, func(n ast.Node) bool {
		a, ok := n.(*ast.TypeAssertExpr)
		if !ok || a.Type == nil {
			return true
		}
		x := p.Info.TypeOf(a.X)
		if x == nil || isTypeParam(x) || !isEmptyInterface(x) || heldCase(p, x, p.Info.TypeOf(a.Type)) {
			return true
		}
		e.InsertLast(a.X.Pos(), "interface{}(")
		e.InsertFirst(a.X.End(), ")")
		return true
	})
}

// makesEmptyStruct reports whether an expression of p's files, or of the
// script's other packages where they are known, is a value of a struct
// type of no fields.
func makesEmptyStruct(p *Package) bool {
	infos := []*types.Info{p.Info}
	for _, peer := range p.Peers {
		infos = append(infos, peer.Info)
	}
	for _, info := range infos {
		if info == nil {
			continue
		}
		for _, tv := range info.Types {
			if !tv.IsValue() || tv.Type == nil {
				continue
			}
			if s, ok := tv.Type.Underlying().(*types.Struct); ok && s.NumFields() == 0 {
				return true
			}
		}
	}
	return false
}

package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Go compares a channel with one of the same element that only receives
// or only sends (recv == ch, with recv a <-chan int and ch a chan int),
// converting the bidirectional one; the interpreter refuses the program
// ("mismatched types <-chan int and chan int"). This pass writes the
// conversion out:
//
//	recv == ch   =>   recv == (<-chan int)(ch)
func chanCompares(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		b, ok := n.(*ast.BinaryExpr)
		if !ok || b.Op != token.EQL && b.Op != token.NEQ {
			return true
		}
		xt, yt := p.Info.TypeOf(b.X), p.Info.TypeOf(b.Y)
		if xt == nil || yt == nil || types.Identical(xt, yt) {
			return true
		}
		xc, xok := xt.Underlying().(*types.Chan)
		yc, yok := yt.Underlying().(*types.Chan)
		if !xok || !yok {
			return true
		}
		both, to := b.Y, xt // the bidirectional operand, and the other's type
		if xc.Dir() == types.SendRecv && yc.Dir() != types.SendRecv {
			both, to = b.X, yt
		} else if yc.Dir() == types.SendRecv && xc.Dir() == types.SendRecv {
			return true // named and unnamed: the interpreter compares them
		}
		name, ok := typeName(p, f, to, false)
		if !ok {
			return true
		}
		e.InsertLast(both.Pos(), "("+name+")(")
		e.InsertFirst(both.End(), ")")
		return true
	})
}

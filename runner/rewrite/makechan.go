package rewrite

import (
	"go/ast"
	"go/types"
)

// make of a channel type of one direction (make(chan<- int, 1), make of a
// named type on <-chan string) is valid Go: the channel is made both ways
// and its value has the type asked for. The interpreter hands the type to
// reflect.MakeChan, which panics on a channel of one direction
// ("reflect.MakeChan: unidirectional channel type"), so that the program
// ended where Go's ran on. This pass makes the channel both ways and
// converts it to the type asked for, on the call's line:
//
//	c := make(chan<- int, 1)   =>   c := (chan<- int)(make(chan (int), 1))
//
// A type the file cannot spell (a type of a package it does not import)
// is left as it is, as is make of a type parameter.
func makeChans(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 || builtinName(p.Info, call) != "make" {
			return true
		}
		t := p.Info.TypeOf(call)
		if t == nil {
			return true
		}
		if _, isParam := types.Unalias(t).(*types.TypeParam); isParam {
			return true
		}
		ch, ok := t.Underlying().(*types.Chan)
		if !ok || ch.Dir() == types.SendRecv {
			return true
		}
		name, ok := typeName(p, f, t, false)
		if !ok {
			return true
		}
		elem, ok := typeName(p, f, ch.Elem(), false)
		if !ok {
			return true
		}
		e.InsertLast(call.Pos(), "("+name+")(")
		if lit, isLit := ast.Unparen(call.Args[0]).(*ast.ChanType); isLit {
			// the element's text stays, for the passes that edit it, in
			// parentheses: chan <-chan T is a chan<- of a chan T
			e.Replace(lit.Begin, lit.Value.Pos(), "chan (")
			e.InsertFirst(lit.Value.End(), ")")
		} else {
			e.Replace(call.Args[0].Pos(), call.Args[0].End(), "chan ("+elem+")")
		}
		e.InsertFirst(call.End(), ")")
		return true
	})
}

package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
)

// A loop may range over a pointer to an array, and the interpreter gets
// both forms of it wrong; this pass writes each in a form it runs:
//
//	for i := range p {      =>   for i := range [3]struct{}{} {
//	for i, v := range p {   =>   for i, v := range (p)[:] {
//
// With at most the index variable, Go reads only the array's length, which
// the type fixes, and never the pointer: for i := range p runs len(p) times
// even when p is nil. The interpreter dereferences the pointer and fails
// ("a nil value was used"), for a nil pointer and for a for range p with no
// variable. An array of the same length whose elements take no room gives
// the same indexes without touching p. Go evaluates p after all when its
// length is not constant (p holds a call or a receive); such a loop is
// refused.
//
// With a value variable, the interpreter leaves p unusable after the loop:
// the next p[i] += 1 fails. Ranging over p[:] reads the same elements of
// the same array as the loop goes, and panics where Go does for a nil p.

func arrayPtrRange(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		loop, ok := n.(*ast.RangeStmt)
		if !ok {
			return true
		}
		ptr, ok := underlyingAs[*types.Pointer](p.Info.TypeOf(loop.X))
		if !ok {
			return true
		}
		arr, ok := underlyingAs[*types.Array](ptr.Elem())
		if !ok {
			return true
		}
		if loop.Value != nil && !isBlank(loop.Value) {
			e.Insert(loop.X.Pos(), "(")
			e.Insert(loop.X.End(), ")[:]")
			return true
		}
		if callsOrReceives(p, loop.X) {
			e.Refuse(loop.X.Pos(), "the interpreter cannot range over a pointer to an array that a call or a receive gives: save it first (p := %s) and range over p", types.ExprString(loop.X))
			return true
		}
		e.Replace(loop.X.Pos(), loop.X.End(), "["+strconv.FormatInt(arr.Len(), 10)+"]struct{}{}")
		return true
	})
}

// underlyingAs returns t's underlying type as a T, if it is one.
func underlyingAs[T types.Type](t types.Type) (T, bool) {
	var zero T
	if t == nil {
		return zero, false
	}
	u, ok := t.Underlying().(T)
	return u, ok
}

// callsOrReceives reports whether evaluating x may call a function or
// receive from a channel, which makes the length of the array x points to
// a value Go computes at run time. Conversions are not calls.
func callsOrReceives(p *Package, x ast.Expr) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			found = !p.Info.Types[n.Fun].IsType()
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				found = true
			}
		case *ast.FuncLit:
			return false
		}
		return !found
	})
	return found
}

package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
)

// len and cap of a pointer to an array, or of an array, are the array's
// length, which its type fixes: Go never evaluates the operand, and
// len(p) of a nil p, or len(t.rows[0]) where t.rows is a nil pointer to
// an array of arrays, is that length. The interpreter dereferences the
// pointer, and a nil one failed ("a nil value was used"). Where the type
// checker finds the call constant (the operand calls nothing and
// receives nothing), this pass writes an array of the same length whose
// elements take no room in the operand's place, keeping the columns
// after it; an array variable, read without a dereference, stays:
//
//	n := len(p)   =>   n := len([4]struct{}{}/*line :5:11*/)

func arrayPtrLen(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return true
		}
		if name := builtinName(p.Info, call); name != "len" && name != "cap" {
			return true
		}
		if p.Info.Types[call].Value == nil {
			return true // the operand calls or receives: Go evaluates it
		}
		x := call.Args[0]
		t := p.Info.TypeOf(x)
		if ptr, ok := underlyingAs[*types.Pointer](t); ok {
			t = ptr.Elem()
		} else if _, ok := ast.Unparen(x).(*ast.Ident); ok {
			return true // an array variable, which the interpreter reads safely
		}
		arr, ok := underlyingAs[*types.Array](t)
		if !ok {
			return true
		}
		e.Replace(x.Pos(), x.End(), "["+strconv.FormatInt(arr.Len(), 10)+"]struct{}{}"+e.lineAt(x.End()))
		return false
	})
}

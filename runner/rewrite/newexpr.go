package rewrite

import (
	"go/ast"
	"go/types"
)

// Go 1.26's new takes an expression as well as a type, new(expr), and
// returns a pointer to a new variable set to expr's value. The interpreter
// takes the expression's type alone, and returned a pointer to its zero
// value (new(retries()) pointed at 0, and never called retries). This pass
// writes each such call as a function literal for the variable's type
// that takes the value and returns its address, on the call's line, the
// expression evaluated once and where it was, a /*line*/ comment keeping
// its columns:
//
//	Retries: new(retries())   =>   Retries: func(_new1 int) *int { return &_new1 }(/*line :18:32*/retries())
//
// A variable's type that the file cannot spell (a type of a package it
// does not import) is refused. new of an interface the script declares is
// newInterface's.

func newExprs(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || builtinName(p.Info, call) != "new" {
			return true
		}
		if tv, ok := p.Info.Types[call.Args[0]]; !ok || tv.IsType() {
			if ok && wrappedInterface(p, tv.Type) {
				newInterface(p, f, e, call, tv.Type)
			}
			return true
		}
		ptr, ok := p.Info.TypeOf(call).(*types.Pointer)
		if !ok {
			return true
		}
		t, ok := typeName(p, f, ptr.Elem(), false)
		if !ok {
			e.Refuse(call.Pos(), "the interpreter's new takes the type of %s alone, and socklab cannot name its type %s in this file: assign the value to a variable and take its address (v := ...; &v)", types.ExprString(call.Args[0]), types.TypeString(ptr.Elem(), types.RelativeTo(p.Types)))
			return true
		}
		v := e.Name("new")
		e.Replace(call.Fun.Pos(), call.Lparen+1, "func("+v+" "+t+") *"+parenthesized(t)+" { return &"+v+" }("+directive(p, call.Args[0].Pos()))
		return true
	})
}

// parenthesized returns t, a spelled type, in parentheses where *t would
// read otherwise (a function type's results).
func parenthesized(t string) string {
	if len(t) > 4 && t[:4] == "func" {
		return "(" + t + ")"
	}
	return t
}

// newInterface writes new(I), of an interface with methods that the
// script declares, as the address of a variable of I: the interpreter's
// new made a pointer to a value that == nil did not find nil, which Go's
// zero value is (h := new(Shape); *h == nil was false), where a variable
// declared without a value is its own nil. A type the file cannot spell
// is left as it is.
//
//	h := new(Shape)   =>   h := func() *Shape { var _new1 Shape; return &_new1 }()
func newInterface(p *Package, f *ast.File, e *Editor, call *ast.CallExpr, it types.Type) {
	t, ok := typeName(p, f, it, true)
	if !ok {
		return
	}
	v := e.Name("new")
	e.Replace(call.Pos(), call.End(), "func() *"+t+" { var "+v+" "+t+"; return &"+v+" }()")
}

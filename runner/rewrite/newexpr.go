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
// does not import) is refused.
func init() { register(Pass{Name: "newexpr", Run: newExprs}) }

func newExprs(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || builtinName(p.Info, call) != "new" {
			return true
		}
		if tv, ok := p.Info.Types[call.Args[0]]; !ok || tv.IsType() {
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

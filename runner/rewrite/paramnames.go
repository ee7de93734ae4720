package rewrite

import (
	"go/ast"
)

// The interpreter gives a function's unnamed parameters no place in its
// frame, and copies their arguments into the places of its first locals:
// func(any) int { return seconds() * 1000 } stops with "reflect.Set:
// value of type interface {} is not assignable to type int". This pass
// names each unnamed parameter of a function with a body, with a name no
// script uses; a line directive keeps the columns after it the student's:
//
//	func(any, int) int {   =>   func(_param1 /*line :5:7*/any, _param2 /*line :5:12*/int) int {
//
// A parameter named _ has its place, as a named one has.

func paramNames(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		var params *ast.FieldList
		switch fn := n.(type) {
		case *ast.FuncDecl:
			if fn.Body != nil {
				params = fn.Type.Params
			}
		case *ast.FuncLit:
			params = fn.Type.Params
		}
		if params == nil {
			return true
		}
		for _, field := range params.List {
			if len(field.Names) == 0 {
				e.Insert(field.Type.Pos(), e.Name("param")+" "+lineDirective(p, field.Type.Pos()))
			}
		}
		return true
	})
}

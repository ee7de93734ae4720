package rewrite

import (
	"go/ast"
	"go/token"
)

// The interpreter lays out a continue in a select's case, bound for the
// loop around the select, by walking from the loop's start to the select
// and from the select into its cases again, without end (a stack
// overflow before the script runs), where the loop's body never reaches
// its end: it ends in a return, break or goto after the select, as in
//
//	for {
//		select {
//		case v := <-ch:
//			got = append(got, v)
//			continue
//		default:
//		}
//		return got
//	}
//
// A walk that reaches the loop's start again stops there. So this pass
// puts such a last statement, of the continued loop's body or of a loop's
// between it and the select (continue outer), under a condition that is
// always true but not a constant, through which the body reaches its end
// for the interpreter, and runs the statement as before:
//
//	return got   =>   if _loop1 { return got }
//
// with "var _loop1 = true" declared after the file's imports.
func selectLoops(p *Package, f *ast.File, e *Editor) {
	loops := map[ast.Stmt]bool{}
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		b, ok := n.(*ast.BranchStmt)
		if !ok || b.Tok != token.CONTINUE {
			return true
		}
		inCase := false
		var around []ast.Stmt // the loops around the select, out to the target
		for i := len(stack) - 1; i >= 0; i-- {
			switch s := stack[i].(type) {
			case *ast.FuncLit:
				return true
			case *ast.CommClause:
				inCase = true
			case *ast.ForStmt, *ast.RangeStmt:
				if inCase {
					around = append(around, s.(ast.Stmt))
				}
				if b.Label != nil && !labelled(stack, i, b.Label.Name) {
					continue
				}
				for _, l := range around {
					loops[l] = true
				}
				return true
			}
		}
		return true
	})
	name := ""
	for loop := range loops {
		var body *ast.BlockStmt
		switch l := loop.(type) {
		case *ast.ForStmt:
			body = l.Body
		case *ast.RangeStmt:
			body = l.Body
		}
		if len(body.List) == 0 {
			continue
		}
		last := body.List[len(body.List)-1]
		switch last.(type) {
		case *ast.ReturnStmt, *ast.BranchStmt:
		default:
			continue
		}
		if name == "" {
			name = e.Name("loop")
			e.Declare("var " + name + " = true")
		}
		e.InsertFirst(last.Pos(), "if "+name+" { ")
		e.InsertLast(last.End(), " }")
	}
}

// labelled reports whether the statement at stack[i] carries the label
// name (it is the statement of a labeled statement at stack[i-1]).
func labelled(stack []ast.Node, i int, name string) bool {
	if i == 0 {
		return false
	}
	l, ok := stack[i-1].(*ast.LabeledStmt)
	return ok && l.Label.Name == name
}

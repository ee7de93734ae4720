package refuse

import (
	"go/ast"
	"go/token"
)

// labelledBreaks refuses break LABEL from inside a select to the loop
// around it: the interpreter leaves the select but not the loop, which then
// runs for ever. It refuses a plain break inside a select in a loop too,
// for the opposite reason: Go leaves the select only, the interpreter the
// loop as well.
func labelledBreaks(r *reporter) {
	r.inspect(func(n ast.Node, stack []ast.Node) bool {
		b, ok := n.(*ast.BranchStmt)
		if !ok || b.Tok != token.BREAK {
			return true
		}
		if b.Label == nil {
			plainBreak(r, b, stack)
			return true
		}
		inSelect := false
		for i := len(stack) - 1; i >= 0; i-- {
			switch s := stack[i].(type) {
			case *ast.SelectStmt:
				inSelect = true
			case *ast.FuncLit:
				return true
			case *ast.LabeledStmt:
				if s.Label.Name == b.Label.Name {
					if inSelect {
						r.refuse(b.Pos(), "break %s from inside a select does not leave the loop in the interpreter: end the loop with return (move it into a function of its own), or set a variable that the loop's condition tests", b.Label.Name)
					}
					return true
				}
			}
		}
		return true
	})
}

// plainBreak refuses b, a break without a label, if the statement it ends
// is a select inside a loop.
func plainBreak(r *reporter, b *ast.BranchStmt, stack []ast.Node) {
	for i := len(stack) - 1; i >= 0; i-- {
		switch stack[i].(type) {
		case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt:
			return
		case *ast.SelectStmt:
			for j := i - 1; j >= 0; j-- {
				switch stack[j].(type) {
				case *ast.FuncLit, *ast.FuncDecl:
					return
				case *ast.ForStmt, *ast.RangeStmt:
					r.refuse(b.Pos(), "break inside a select leaves only the select under Go, but the interpreter leaves the loop around it too: end the case without break (use if/else)")
					return
				}
			}
			return
		}
	}
}

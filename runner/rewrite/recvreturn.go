package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
)

// The interpreter compiles a receive that is itself an operand of a
// return statement (return <-c, return v, <-done) to write the value
// straight into the function's result, and fails there at run time
// (reflect: reflect.Value.Set using unaddressable value). Parenthesised,
// the receive is computed into a place of its own and then returned, as
// for any other operand. This pass adds the parentheses, with /*line*/
// comments that keep every column:
//
//	func Balance() int { return <-balances }   =>   ... { return (/*line :17:29*/<-balances)/*line :17:39*/ }
func init() { register(Pass{Name: "recvreturn", Run: recvReturns}) }

func recvReturns(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		ret, ok := n.(*ast.ReturnStmt)
		if !ok {
			return true
		}
		for _, r := range ret.Results {
			u, ok := r.(*ast.UnaryExpr)
			if !ok || u.Op != token.ARROW {
				continue
			}
			start, end := p.Fset.Position(u.Pos()), p.Fset.Position(u.End())
			e.InsertLast(u.Pos(), fmt.Sprintf("(/*line :%d:%d*/", start.Line, start.Column))
			e.InsertFirst(u.End(), fmt.Sprintf(")/*line :%d:%d*/", end.Line, end.Column))
		}
		return true
	})
}

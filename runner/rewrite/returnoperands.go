package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// The interpreter compiles some operands of a return statement to write
// their value straight into the function's results, and gets it wrong for
// two kinds (and a receive, which pass multivalue parenthesises). A unary
// operation it computes in the result's own type: !b returned as an any
// failed at run time (reflect: call of reflect.Value.SetBool on interface
// Value), and -n returned as an any among several gave nil. A call
// of a builtin function in a return of several results it writes into the
// first result, whatever its position (return total, len(nums) returned
// len(nums) twice; return "x", len(s) failed with reflect: call of
// reflect.Value.SetInt on string Value). Parenthesised,
// such an operand is computed into a place of its own and then returned,
// as any other is. This pass adds the parentheses, with /*line*/ comments
// that keep every column:
//
//	return -x, nil          =>   return (/*line :20:10*/-x)/*line :20:12*/, nil
//	return total, len(nums) =>   return total, (/*line :9:16*/len(nums))/*line :9:25*/
func init() { register(Pass{Name: "returnoperands", Run: returnOperands}) }

func returnOperands(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		ret, ok := n.(*ast.ReturnStmt)
		if !ok {
			return true
		}
		for _, r := range ret.Results {
			if !misplaced(p, r, len(ret.Results) > 1) {
				continue
			}
			start, end := p.Fset.Position(r.Pos()), p.Fset.Position(r.End())
			e.InsertLast(r.Pos(), fmt.Sprintf("(/*line :%d:%d*/", start.Line, start.Column))
			e.InsertFirst(r.End(), fmt.Sprintf(")/*line :%d:%d*/", end.Line, end.Column))
		}
		return true
	})
}

// misplaced reports whether the interpreter would write the value of r, an
// operand of a return statement (of several where several), wrongly: r is
// a unary operation but & and a receive, or a call of a builtin function
// among several results.
func misplaced(p *Package, r ast.Expr, several bool) bool {
	if tv, ok := p.Info.Types[r]; ok && tv.Value != nil {
		return false // a constant, which the interpreter computes first
	}
	switch x := r.(type) {
	case *ast.UnaryExpr:
		return x.Op != token.AND && x.Op != token.ARROW // pass multivalue parenthesises a receive
	case *ast.CallExpr:
		if !several {
			return false
		}
		id, ok := ast.Unparen(x.Fun).(*ast.Ident)
		if !ok {
			return false
		}
		_, builtin := p.Info.Uses[id].(*types.Builtin)
		return builtin
	}
	return false
}

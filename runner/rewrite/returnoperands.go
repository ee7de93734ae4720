package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// The interpreter compiles some operands of a return statement, and the
// one value of an assignment (v = x), to write their value straight into
// the function's results or the assigned place, and gets it wrong for
// these (a receive, which it gets wrong too, pass multivalue
// parenthesises):
//
//   - A unary operation, a shift and a remainder it computes in the type
//     of the place: -n returned or assigned as an any ended the goroutine
//     there without a word (the program went on as if main had returned,
//     exit status 0), and so did n << 1 and n % 2; !b so failed at run
//     time (reflect: call of reflect.Value.SetBool on interface Value). A
//     unary or binary operation whose type is not an interface is
//     parenthesised where the place is one.
//   - A call of a builtin function in a return of several results it
//     writes into the first result, whatever its position (return total,
//     len(nums) returned len(nums) twice; return "x", len(s) failed with
//     reflect: call of reflect.Value.SetInt on string Value).
//
// Parenthesised, such an operand is computed into a place of its own and
// then returned or assigned, as any other is. This pass adds the
// parentheses, with /*line*/ comments that keep every column:
//
//	return -x, nil          =>   return (/*line :20:10*/-x)/*line :20:12*/, nil
//	return total, len(nums) =>   return total, (/*line :9:16*/len(nums))/*line :9:25*/
//	m["a"] = -n             =>   m["a"] = (/*line :12:11*/-n)/*line :12:13*/

func returnOperands(p *Package, f *ast.File, e *Editor) {
	wrap := func(r ast.Expr) {
		start, end := p.Fset.Position(r.Pos()), p.Fset.Position(r.End())
		e.InsertLast(r.Pos(), fmt.Sprintf("(/*line :%d:%d*/", start.Line, start.Column))
		e.InsertFirst(r.End(), fmt.Sprintf(")/*line :%d:%d*/", end.Line, end.Column))
	}
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		switch s := n.(type) {
		case *ast.ReturnStmt:
			results := resultTypes(p, stack)
			for i, r := range s.Results {
				var place types.Type
				if len(results) == len(s.Results) {
					place = results[i]
				}
				if misplaced(p, r, place, len(s.Results) > 1) {
					wrap(r)
				}
			}
		case *ast.AssignStmt:
			if s.Tok == token.ASSIGN && len(s.Lhs) == 1 && len(s.Rhs) == 1 {
				if misplaced(p, s.Rhs[0], p.Info.TypeOf(s.Lhs[0]), false) {
					wrap(s.Rhs[0])
				}
			}
		}
		return true
	})
}

// resultTypes returns the result types of the function around a return
// statement whose ancestors are stack, or nil.
func resultTypes(p *Package, stack []ast.Node) []types.Type {
	for i := len(stack) - 1; i >= 0; i-- {
		var sig *types.Signature
		switch fn := stack[i].(type) {
		case *ast.FuncLit:
			sig, _ = p.Info.TypeOf(fn).(*types.Signature)
		case *ast.FuncDecl:
			if obj, ok := p.Info.Defs[fn.Name].(*types.Func); ok {
				sig, _ = obj.Type().(*types.Signature)
			}
		default:
			continue
		}
		if sig == nil {
			return nil
		}
		out := make([]types.Type, sig.Results().Len())
		for j := range out {
			out[j] = sig.Results().At(j).Type()
		}
		return out
	}
	return nil
}

// misplaced reports whether the interpreter would write the value of r,
// going to a place of type place (nil where not known), an operand of a
// return statement of several where several, wrongly: r is a unary
// operation but & and a receive, a binary operation whose type is not an
// interface going to an interface, or a call of a builtin function among
// several results.
func misplaced(p *Package, r ast.Expr, place types.Type, several bool) bool {
	tv, ok := p.Info.Types[r]
	if ok && tv.Value != nil {
		return false // a constant, which the interpreter computes first
	}
	iface := ok && place != nil && types.IsInterface(place) && tv.Type != nil && !types.IsInterface(tv.Type)
	switch x := r.(type) {
	case *ast.UnaryExpr:
		// A receive pass multivalue parenthesises.
		return x.Op != token.AND && x.Op != token.ARROW && (place == nil || iface)
	case *ast.BinaryExpr:
		return iface
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

package refuse

import (
	"go/ast"
	"go/types"
)

// namedIndexes refuses indexing a variable of a slice, array or map type
// that the script declares, in a function other than main. socklab's panic
// positions (runner/diag/mark.go) save the operands of an index before the
// statement runs, and the interpreter cannot then use such a variable
// again ("reflect.Set: value of type interp.valueInterface is not
// assignable to type []int"). Indexing a conversion to the underlying type
// saves nothing. This check goes when the marking no longer saves them.
func namedIndexes(r *reporter) {
	r.inspect(func(n ast.Node, stack []ast.Node) bool {
		ix, ok := n.(*ast.IndexExpr)
		if !ok {
			return true
		}
		id, ok := ix.X.(*ast.Ident)
		if !ok {
			return true
		}
		v, ok := r.info.Uses[id].(*types.Var)
		if !ok || !r.declared(v.Type()) {
			return true
		}
		switch v.Type().Underlying().(type) {
		case *types.Slice, *types.Array, *types.Map:
		default:
			return true
		}
		for i := len(stack) - 1; i >= 0; i-- {
			if fd, ok := stack[i].(*ast.FuncDecl); ok {
				if fd.Name.Name == "main" && fd.Recv == nil {
					return true
				}
				name := types.TypeString(v.Type(), types.RelativeTo(r.pkg))
				under := types.TypeString(v.Type().Underlying(), types.RelativeTo(r.pkg))
				r.refuse(ix.Pos(), "socklab cannot yet index %s, of type %s (declared by the script), outside main: index a conversion to %s instead, %s(%s)[...]", id.Name, name, under, under, id.Name)
				return true
			}
		}
		return true
	})
}

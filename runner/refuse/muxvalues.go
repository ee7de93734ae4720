package refuse

import (
	"go/ast"
	"go/types"
)

// muxValues refuses ServeMux's Handle and HandleFunc, and net/http's
// functions of those names, taken as values (h := mux.HandleFunc,
// (*http.ServeMux).Handle): ServeMux names the file and line of the call
// that registered each of two conflicting patterns in its panic, which
// under the interpreter are reflect's, and pass muxsite of runner/rewrite
// hands lift the call's own only where it sees the call.
func muxValues(r *reporter) {
	r.inspect(func(n ast.Node, stack []ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Handle" && sel.Sel.Name != "HandleFunc" {
			return true
		}
		fn, ok := r.info.Uses[sel.Sel].(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "net/http" {
			return true
		}
		if recv := fn.Type().(*types.Signature).Recv(); recv != nil && !isNamed(recv.Type(), "net/http", "ServeMux") {
			return true
		}
		if s := r.info.Selections[sel]; s == nil || s.Kind() == types.MethodVal {
			if call := calledIn(stack, sel); call != nil {
				return true
			}
		}
		direct := types.ExprString(sel)
		if r.info.Selections[sel] != nil {
			direct = "mux." + sel.Sel.Name
		}
		r.refuse(sel.Pos(), "%s taken as a value: where a pattern registered through it conflicts with another, ServeMux's panic would name socklab's file and line for the call instead of the script's: call %s(pattern, handler) directly", types.ExprString(sel), direct)
		return true
	})
}

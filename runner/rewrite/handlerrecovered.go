package rewrite

import (
	"go/ast"
	"go/types"
	"maps"
)

// handlersLogged returns the bodies of the package's HTTP handlers, the
// functions of the form func(http.ResponseWriter, *http.Request) and the
// methods ServeHTTP, and of every function they call, where the package
// sets the ErrorLog of an http.Server: the server recovers a handler's
// panic, or a panic of a function the handler calls, and logs its value
// there ("http: panic serving 127.0.0.1:5000: runtime error: index out of
// range [5] with length 1"), where the interpreter's index errors are
// reflect's, which no recover of the script sees for the marks to place.
// Pass bounds checks each index and slice expression in them.
func handlersLogged(info *types.Info, files []*ast.File) map[*ast.BlockStmt]bool {
	bodies := map[*ast.BlockStmt]bool{}
	if !setsErrorLog(info, files) {
		return bodies
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch fn := n.(type) {
			case *ast.FuncDecl:
				if fn.Body != nil && isHandlerSig(info.TypeOf(fn.Name)) {
					bodies[fn.Body] = true
				}
			case *ast.FuncLit:
				if isHandlerSig(info.TypeOf(fn)) {
					bodies[fn.Body] = true
				}
			}
			return true
		})
	}
	g, _ := newCallGraph(info, files)
	var roots []callRoot
	for b := range bodies {
		roots = append(roots, callRoot{body: b})
	}
	maps.Copy(bodies, g.reached(roots))
	return bodies
}

// setsErrorLog reports whether files set the ErrorLog of an http.Server,
// in a composite literal or by an assignment.
func setsErrorLog(info *types.Info, files []*ast.File) bool {
	found := false
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.KeyValueExpr:
				if id, ok := n.Key.(*ast.Ident); ok && id.Name == "ErrorLog" && isHTTPServerField(info.Uses[id]) {
					found = true
				}
			case *ast.SelectorExpr:
				if n.Sel.Name == "ErrorLog" && isHTTPServerField(info.Uses[n.Sel]) {
					found = true
				}
			}
			return !found
		})
	}
	return found
}

// isHTTPServerField reports whether obj is a field of net/http's Server.
func isHTTPServerField(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && v.IsField() && v.Pkg() != nil && v.Pkg().Path() == "net/http"
}

// isHandlerSig reports whether t is a function of the form
// func(http.ResponseWriter, *http.Request), a method's included.
func isHandlerSig(t types.Type) bool {
	sig, ok := t.(*types.Signature)
	if !ok || sig.Params().Len() != 2 || sig.Results().Len() != 0 {
		return false
	}
	return isHTTPNamed(sig.Params().At(0).Type(), "ResponseWriter") && isHTTPNamed(pointee(sig.Params().At(1).Type()), "Request")
}

// isHTTPNamed reports whether t is net/http's type of the name given.
func isHTTPNamed(t types.Type, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == name
}

// pointee returns what t points to, or nil.
func pointee(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return nil
}

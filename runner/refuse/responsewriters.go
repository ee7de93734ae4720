package refuse

import (
	"go/ast"
	"go/types"
)

// responseWriterExtras are the methods beside http.ResponseWriter's that
// net/http looks for on a writer, with the results it wants of each (none
// takes arguments): the interpreter hands a script's writer to net/http in
// a wrapper that has those of them the script's type has, by name.
// Flush and Hijack of another form runner/rewrite names anew (pass
// iomethods), so that the wrapper finds none; Unwrap of another form is
// an error's, which keeps its name.
var responseWriterExtras = map[string]func(*types.Tuple) bool{
	"Unwrap": func(res *types.Tuple) bool {
		return res.Len() == 1 && isNamed(res.At(0).Type(), "net/http", "ResponseWriter")
	},
}

// responseWriterForms spells each method of responseWriterExtras.
var responseWriterForms = map[string]string{
	"Unwrap": "Unwrap() http.ResponseWriter",
}

// responseWriterMethods refuses a method Unwrap of another form than
// net/http's, declared on a type the script declares
// whose values are http.ResponseWriters (with Header, Write and
// WriteHeader): the interpreter, which matches such methods by name,
// fails as it hands the value to net/http, where Go hands it over as a
// writer without that method.
func responseWriterMethods(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		fd, ok := n.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || responseWriterExtras[fd.Name.Name] == nil {
			return true
		}
		fn, ok := r.info.Defs[fd.Name].(*types.Func)
		if !ok {
			return false
		}
		sig := fn.Type().(*types.Signature)
		if sig.Params().Len() == 0 && responseWriterExtras[fd.Name.Name](sig.Results()) {
			return false
		}
		recv := sig.Recv().Type()
		if p, ok := recv.(*types.Pointer); ok {
			recv = p.Elem()
		}
		if !r.declared(recv) || !hasMethod(recv, "Header") || !hasMethod(recv, "Write") || !hasMethod(recv, "WriteHeader") {
			return false
		}
		name := types.TypeString(recv, types.RelativeTo(r.pkg))
		r.refuse(fd.Name.Pos(), "%s's method %s is not net/http's %s, yet the interpreter takes it for that one where it hands the writer to net/http (and fails there): give the method another name, %sAll say",
			name, fd.Name.Name, responseWriterForms[fd.Name.Name], fd.Name.Name)
		return false
	})
}

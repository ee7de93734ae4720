package refuse

import (
	"go/ast"
	"go/types"
)

// A context made by context.WithValue prints its key by the name of the
// key's type (context.Background.WithValue(main.ctxKey, ann)), which
// reflect gives under Go, and the interpreter's type of a key the script
// declares has another name at run time (lift.String_1 for a type on
// string, struct {} for an empty struct). contextPrints refuses printing a
// value of type context.Context, or of one of its types, with fmt or log
// in a package that hands WithValue a key of a type it declares (but
// context.Background() and context.TODO() themselves, which hold none).
func contextPrints(r *reporter) {
	key := ""
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if ok && key == "" && r.calleeName(call) == "context.WithValue" && len(call.Args) == 3 {
			if t := r.typeOf(call.Args[1]); t != nil && r.declared(t) {
				key = types.TypeString(t, types.RelativeTo(r.pkg))
			}
		}
		return key == ""
	})
	if key == "" {
		return
	}
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		name := r.calleeName(call)
		first, ok := printFuncs[name]
		if !ok {
			if first, ok = printfFuncs[name]; !ok {
				return true
			}
			first++
		}
		for _, a := range call.Args[min(first, len(call.Args)):] {
			if c, ok := ast.Unparen(a).(*ast.CallExpr); ok {
				if n := r.calleeName(c); n == "context.Background" || n == "context.TODO" {
					continue // holds no value
				}
			}
			if t := r.typeOf(a); t != nil && isContext(t) {
				r.refuse(a.Pos(), "fmt prints a context made by context.WithValue with the name of its key's type, main.%s under Go, which the interpreter's type of the key does not carry at run time: print the values you need (ctx.Value(key)) instead of the context", key)
			}
		}
		return true
	})
}

// isContext reports whether t is context.Context, or a pointer to a type
// of package context.
func isContext(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context"
}

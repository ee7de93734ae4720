package refuse

import (
	"go/ast"
	"go/types"
)

// contextPrints refuses printing a context.Context (an argument of fmt's
// or log's printing functions) in a package that hands context.WithValue
// a key or a value of a type the script declares: a context's String
// names such a key or value by its type (context.Background.WithValue(
// main.ctxKey, a)), which at run time is the interpreter's (lift.Int_1, a
// type of lift's pool; a struct spelt by its fields). context.Background()
// and context.TODO() printed themselves hold no values.
func contextPrints(r *reporter) {
	var held types.Type
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || held != nil || r.calleeName(call) != "context.WithValue" || len(call.Args) != 3 {
			return true
		}
		for _, a := range call.Args[1:] {
			t := r.typeOf(a)
			if t == nil {
				continue
			}
			if p, ok := types.Unalias(t).(*types.Pointer); ok {
				t = p.Elem()
			}
			if r.declared(t) {
				held = t
				return false
			}
		}
		return true
	})
	if held == nil {
		return
	}
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		for _, a := range r.printedArgs(call) {
			if c, ok := ast.Unparen(a).(*ast.CallExpr); ok && (r.calleeName(c) == "context.Background" || r.calleeName(c) == "context.TODO") {
				continue // holds no values
			}
			if t := r.typeOf(a); t != nil && isNamed(t, "context", "Context") {
				r.refuse(a.Pos(), "fmt prints a context with the type of each key and value that context.WithValue was handed (%s here), and under socklab the interpreter's runtime type stands in for %s: print the values the context holds (ctx.Value(key)) instead of the context", types.TypeString(held, func(p *types.Package) string { return p.Name() }), r.typeString(held))
			}
		}
		return true
	})
}

package refuse

import (
	"go/ast"
	"go/constant"
	"go/types"
	"slices"

	"github.com/socklab/socklab/runner/rewrite"
)

// contextPrints refuses printing a context.Context (an argument of fmt's
// or log's printing functions) in a package that hands context.WithValue
// a key or a value of a type the script declares: a context's String
// names such a key or value by its type (context.Background.WithValue(
// main.ctxKey, a)), which at run time is the interpreter's (lift.Int_1, a
// type of lift's pool; a struct spelt by its fields). context.Background()
// and context.TODO() printed themselves hold no values. The calls that
// runner/rewrite hands lift.ContextWithValue with the names Go gives
// their types (rewrite.ContextValueNames) print as Go prints them, and
// %T names their type as Go's (*context.valueCtx, see lift.ContextWithValue),
// but with a verb that shows the context's fields or address (%#v, %p).
func contextPrints(r *reporter) {
	var held, lifted types.Type
	own := func(p *types.Package) bool { return p == r.pkg }
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || held != nil || r.calleeName(call) != "context.WithValue" || len(call.Args) != 3 {
			return true
		}
		if _, _, ok := rewrite.ContextValueNames(r.info, own, call); ok {
			if lifted == nil {
				lifted = r.typeOf(call.Args[1])
			}
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
			if r.declared(t) || r.involvesDeclared(t) {
				held = t
				return false
			}
			if types.IsInterface(t) {
				for _, v := range r.heldValues(t) {
					if r.involvesDeclared(v) {
						held = v
						return false
					}
				}
			}
		}
		return true
	})
	if held == nil && lifted == nil {
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
				if held == nil {
					if verb := r.contextVerb(call, a); verb != "" {
						r.refuse(a.Pos(), "%s of a context shows its fields, which under socklab are not those of Go's context type where context.WithValue was handed a key or a value of a type the script declares: print the context with %%v, or the values it holds (ctx.Value(key))", verb)
					}
					continue
				}
				r.refuse(a.Pos(), "fmt prints a context with the type of each key and value that context.WithValue was handed (%s here), and under socklab the interpreter's runtime type stands in for %s: print the values the context holds (ctx.Value(key)) instead of the context", types.TypeString(held, func(p *types.Package) string { return p.Name() }), r.typeString(held))
			}
		}
		return true
	})
}

// contextVerb returns the verb that call, a printing call, prints its
// argument a with where it is one that names the type of a context
// rather than calling its String (%p, %#v), or words that say its
// format is not a constant; "" otherwise (Print, Println, %v, %s).
func (r *reporter) contextVerb(call *ast.CallExpr, a ast.Expr) string {
	name := r.calleeName(call)
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok && name == "" {
		if sl := r.info.Selections[sel]; sl != nil && isNamed(sl.Recv(), "log", "Logger") {
			name = "log." + sel.Sel.Name
		}
	}
	at, ok := printfFuncs[name]
	if !ok || at >= len(call.Args) {
		return ""
	}
	tv := r.info.Types[call.Args[at]]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return "printing it with verbs known only at run time"
	}
	args := call.Args[at+1:]
	i := slices.Index(args, a)
	verbs := rewrite.ArgVerbs(constant.StringVal(tv.Value), len(args))
	if i < 0 || i >= len(verbs) {
		return ""
	}
	for _, v := range verbs[i] {
		if v.Verb == 'p' || v.Verb == 'v' && v.Sharp {
			if v.Sharp {
				return "%#v"
			}
			return "%" + string(v.Verb)
		}
	}
	return ""
}

// involvesDeclared reports whether t involves a type the package
// declares ([]ctxKey, *session).
func (r *reporter) involvesDeclared(t types.Type) bool {
	return rewrite.Involves(t, r.declared)
}

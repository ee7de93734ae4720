package refuse

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"github.com/socklab/socklab/runner/rewrite"
)

// A logf wrapper (func logf(format string, args ...any) { fmt.Printf("[log]
// "+format+"\n", args...) }) prints with a format known only at run time,
// yet every call of it may name its verbs: where the package calls the
// wrapper only directly, with a constant format and its values one by one,
// the verbs that print each value are those of the wrapper's prefix, that
// constant and its suffix. A value that reaches fmt as the interpreter has
// it (a []Row, see runtimeArgs) prints as Go prints it where the script's
// types it holds have no method that fmt calls (String, Error, Format,
// GoString: fmt did not call them on the elements) and are declared at
// the top level, and no verb names its type or fields
// (%T, %#v, %+v, or none at all, an extra argument that fmt prints with
// its type's name).

// wrappedArgsPrintSame reports whether the printing call, whose format
// is its argument fi and which is not a constant, is a logf wrapper's, and
// every value that the wrapper's calls hand it prints as Go prints it.
func (r *reporter) wrappedArgsPrintSame(call *ast.CallExpr, fi int, stack []ast.Node) bool {
	fn, fd := r.enclosingDecl(stack)
	if fn == nil || fd.Recv != nil {
		return false
	}
	sig := fn.Type().(*types.Signature)
	params := sig.Params()
	if !sig.Variadic() || len(call.Args) != fi+2 || !call.Ellipsis.IsValid() {
		return false
	}
	if id, ok := ast.Unparen(call.Args[fi+1]).(*ast.Ident); !ok || r.info.Uses[id] != params.At(params.Len()-1) {
		return false
	}
	prefix, suffix, at, ok := r.wrappedFormat(call.Args[fi], params)
	if !ok {
		return false
	}
	calls, ok := r.directCalls(fn)
	if !ok {
		return false
	}
	for _, c := range calls {
		if c.Ellipsis.IsValid() || len(c.Args) < params.Len()-1 {
			return false
		}
		tv := r.info.Types[c.Args[at]]
		if tv.Value == nil || tv.Value.Kind() != constant.String {
			return false
		}
		values := c.Args[params.Len()-1:]
		verbs := rewrite.ArgVerbs(prefix+constant.StringVal(tv.Value)+suffix, len(values))
		for i, a := range values {
			if !r.printsSame(a, verbs[i]) {
				return false
			}
		}
	}
	return true
}

// enclosingDecl returns the function declaration whose body holds the
// innermost node of stack, and its object; nil where a function literal
// comes first.
func (r *reporter) enclosingDecl(stack []ast.Node) (*types.Func, *ast.FuncDecl) {
	for i := len(stack) - 1; i >= 0; i-- {
		switch n := stack[i].(type) {
		case *ast.FuncLit:
			return nil, nil
		case *ast.FuncDecl:
			fn, _ := r.info.Defs[n.Name].(*types.Func)
			return fn, n
		}
	}
	return nil, nil
}

// wrappedFormat reads format, a sum of constant strings and one string
// parameter of params (the wrapper's format), and returns the constants
// before and after the parameter and the parameter's index.
func (r *reporter) wrappedFormat(format ast.Expr, params *types.Tuple) (prefix, suffix string, at int, ok bool) {
	at = -1
	var parts []ast.Expr
	var flatten func(e ast.Expr)
	flatten = func(e ast.Expr) {
		if b, isSum := ast.Unparen(e).(*ast.BinaryExpr); isSum && b.Op == token.ADD {
			flatten(b.X)
			flatten(b.Y)
			return
		}
		parts = append(parts, ast.Unparen(e))
	}
	flatten(format)
	for _, p := range parts {
		if tv := r.info.Types[p]; tv.Value != nil && tv.Value.Kind() == constant.String {
			if at < 0 {
				prefix += constant.StringVal(tv.Value)
			} else {
				suffix += constant.StringVal(tv.Value)
			}
			continue
		}
		id, isIdent := p.(*ast.Ident)
		if !isIdent || at >= 0 {
			return "", "", 0, false
		}
		for i := range params.Len() - 1 {
			if r.info.Uses[id] == params.At(i) {
				at = i
			}
		}
		if at < 0 {
			return "", "", 0, false
		}
		if b, isBasic := params.At(at).Type().(*types.Basic); !isBasic || b.Kind() != types.String {
			return "", "", 0, false
		}
	}
	return prefix, suffix, at, at >= 0
}

// directCalls returns the calls of fn in the package, and false where fn
// is used otherwise too (as a value).
func (r *reporter) directCalls(fn *types.Func) ([]*ast.CallExpr, bool) {
	var calls []*ast.CallExpr
	called := map[*ast.Ident]bool{}
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(c.Fun).(*ast.Ident); ok && r.info.Uses[id] == fn {
				calls = append(calls, c)
				called[id] = true
			}
		}
		return true
	})
	for id, obj := range r.info.Uses {
		if obj == fn && !called[id] {
			return nil, false
		}
	}
	return calls, true
}

// fmtMethods are the methods that fmt calls on the values it prints.
var fmtMethods = []string{"String", "Error", "Format", "GoString"}

// printsSame reports whether a, printed with verbs, prints as Go prints
// it: it holds no type that reaches fmt as the interpreter has it, or only
// such types of the top level without a method that fmt calls, and no
// verb names its type or fields.
func (r *reporter) printsSame(a ast.Expr, verbs []rewrite.Verb) bool {
	t := r.typeOf(a)
	if t == nil {
		return false
	}
	var held []types.Type
	if types.IsInterface(t) {
		r.unaskedSources(t, func(s types.Type) bool {
			held = append(held, s)
			return false
		})
	} else if r.unasked(t, false) {
		held = append(held, t)
	}
	if len(held) == 0 {
		return true
	}
	if len(verbs) == 0 {
		return false // an extra argument, printed with its type's name
	}
	for _, v := range verbs {
		if v.Verb == 'T' || v.Verb == 'v' && (v.Sharp || v.Plus) {
			return false
		}
	}
	for _, s := range held {
		if localTypeIn(r, s) != nil || rewrite.Involves(s, func(u types.Type) bool {
			return r.declared(u) && slices.ContainsFunc(fmtMethods, func(m string) bool { return hasMethod(u, m) })
		}) {
			return false
		}
	}
	return true
}

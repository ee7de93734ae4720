package refuse

import (
	"go/ast"
	"go/types"
)

// soleEmbedded refuses a pointer to a struct type of the script whose only
// field embeds io.Reader or io.Writer and whose own method shadows its
// Read or Write (type upper struct{ io.Writer } with its own Write),
// stored as an interface: the interpreter's interface value then calls
// the embedded field's method, not the struct's, so fmt.Fprintln(u, ...)
// wrote past the struct's Write. A second field, a named one, or a value
// of the struct stored rather than a pointer, calls the struct's method;
// so does a sole embedded interface of another kind (sort.Interface,
// io.Closer, fmt.Stringer, http.Handler).
func soleEmbedded(r *reporter) {
	seen := map[ast.Expr]bool{}
	r.inspect(func(n ast.Node, stack []ast.Node) bool {
		stored := func(x ast.Expr, target types.Type, _ ast.Expr) {
			if seen[x] || target == nil || !types.IsInterface(target) {
				return
			}
			if _, param := types.Unalias(target).(*types.TypeParam); param {
				return
			}
			ptr, ok := types.Unalias(r.typeOf(x)).(*types.Pointer)
			if !ok {
				return
			}
			named, ok := types.Unalias(ptr.Elem()).(*types.Named)
			if !ok || named.Obj().Pkg() != r.pkg {
				return
			}
			if field, method := shadowedSole(named); method != "" {
				seen[x] = true
				r.refuse(x.Pos(), "the interpreter calls %s's %s on the %s it embeds, not %s's own %s, once a *%s is stored as %s, since that field is its only one: give the field a name (W %s) and call it through that name, or add a second field to %s",
					field, method, field, named.Obj().Name(), method, named.Obj().Name(),
					types.TypeString(target, types.RelativeTo(r.pkg)), field, named.Obj().Name())
			}
		}
		r.flows(n, stack, stored)
		if call, ok := n.(*ast.CallExpr); ok {
			callArgs(r, call, stored)
		}
		if ret, ok := n.(*ast.ReturnStmt); ok {
			r.declResults(ret, stack, stored)
		}
		return true
	})
}

// shadowedSole returns, where named's struct has one field alone, embedded,
// of type io.Reader or io.Writer, that field's type and the method of it
// that named declares itself; "" if none.
func shadowedSole(named *types.Named) (field, method string) {
	st, ok := named.Underlying().(*types.Struct)
	if !ok || st.NumFields() != 1 || !st.Field(0).Embedded() {
		return "", ""
	}
	ft := st.Field(0).Type()
	fn, ok := types.Unalias(ft).(*types.Named)
	if !ok || fn.Obj().Pkg() == nil || fn.Obj().Pkg().Path() != "io" || (fn.Obj().Name() != "Reader" && fn.Obj().Name() != "Writer") {
		return "", ""
	}
	it, ok := ft.Underlying().(*types.Interface)
	if !ok {
		return "", ""
	}
	for i := range named.NumMethods() {
		m := named.Method(i)
		for k := range it.NumMethods() {
			if it.Method(k).Name() == m.Name() {
				return types.TypeString(ft, func(p *types.Package) string { return p.Name() }), m.Name()
			}
		}
	}
	return "", ""
}

// callArgs hands stored each argument of call with the type of the
// parameter it goes to, where call is of a function (fmt.Fprintln's
// writer among them, which flows leaves to the printing checks).
func callArgs(r *reporter, call *ast.CallExpr, stored func(ast.Expr, types.Type, ast.Expr)) {
	t := r.typeOf(call.Fun)
	if t == nil {
		return
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || call.Ellipsis.IsValid() {
		return
	}
	params := sig.Params()
	for i, x := range call.Args {
		switch {
		case i < params.Len()-1 || (i < params.Len() && !sig.Variadic()):
			stored(x, params.At(i).Type(), nil)
		case sig.Variadic() && params.Len() > 0:
			if s, ok := params.At(params.Len() - 1).Type().(*types.Slice); ok {
				stored(x, s.Elem(), nil)
			}
		}
	}
}

package rewrite

import (
	"go/ast"
	"go/types"
)

// The interpreter hands a function value that a struct holds (r.f(x), or
// a variable assigned from one) an argument that Go converts to an
// interface parameter in a wrapper of its own (interp.valueInterface),
// which compiled code the function passes it on to sees instead of the
// value: binary.Write fails with "some values are not fixed-sized in type
// interp.valueInterface", a template cannot find the data's fields.
// Converted explicitly, the argument arrives as itself. This pass writes
// out the conversion Go makes, at each call of a function value (not of a
// declared function or method, which take such arguments as they are)
// where an argument that is not of an interface type goes to a parameter
// of one, not a variadic one:
//
//	r.f(p)   =>   r.f(any(p))

func valueArgs(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || !callsValue(p.Info, call) {
			return true
		}
		sig, ok := p.Info.TypeOf(call.Fun).Underlying().(*types.Signature)
		if !ok || sig.TypeParams() != nil {
			return true
		}
		if len(call.Args) == 1 && sig.Params().Len() > 1 {
			return true // f(g()), the results of g spread over the parameters
		}
		for i, arg := range call.Args {
			pt := paramAt(sig, i)
			if pt == nil || !types.IsInterface(pt) || hasTypeParam(pt) {
				continue
			}
			tv, ok := p.Info.Types[arg]
			if !ok || tv.Type == nil || tv.IsNil() || types.IsInterface(tv.Type) {
				continue
			}
			if _, tuple := tv.Type.(*types.Tuple); tuple {
				continue
			}
			if libraryMethodInterface(p, pt) && scriptNamed(p, tv.Type) {
				continue // converted explicitly, the call fails (see libraryMethodInterface)
			}
			e.Insert(arg.Pos(), libraryTypeName(p, f, e, pt)+"("+directive(p, arg.Pos()))
			e.Insert(arg.End(), ")"+directive(p, arg.End()))
		}
		return true
	})
}

// callsValue reports whether call calls a function value: a variable, a
// struct's field, an element, a call's result; not a declared function or
// method, a function literal, a conversion or a builtin.
func callsValue(info *types.Info, call *ast.CallExpr) bool {
	fun := ast.Unparen(call.Fun)
	switch x := fun.(type) {
	case *ast.FuncLit:
		return false
	case *ast.Ident:
		_, isVar := info.Uses[x].(*types.Var)
		return isVar
	case *ast.SelectorExpr:
		if sel := info.Selections[x]; sel != nil {
			return sel.Kind() == types.FieldVal
		}
		_, isVar := info.Uses[x.Sel].(*types.Var) // a package's variable
		return isVar
	case *ast.IndexExpr, *ast.CallExpr, *ast.StarExpr, *ast.TypeAssertExpr:
		tv, ok := info.Types[fun]
		return ok && tv.IsValue() && info.Instances[indexedIdent(fun)].Type == nil
	}
	return false
}

// indexedIdent returns the identifier that an index expression x indexes,
// where it is one (a generic function's instance, f[int]); nil otherwise.
func indexedIdent(x ast.Expr) *ast.Ident {
	if ix, ok := x.(*ast.IndexExpr); ok {
		switch id := ix.X.(type) {
		case *ast.Ident:
			return id
		case *ast.SelectorExpr:
			return id.Sel
		}
	}
	return nil
}

// paramAt returns the type of the parameter of sig that argument i goes
// to, nil for a variadic one: a function value of that kind (p := log.Printf,
// a func(format string, args ...any)) is one of the printing functions that
// pass logsite and the printing passes write out, or hands its arguments to
// them.
func paramAt(sig *types.Signature, i int) types.Type {
	n := sig.Params().Len()
	if i >= n || sig.Variadic() && i >= n-1 {
		return nil
	}
	return sig.Params().At(i).Type()
}

// libraryMethodInterface reports whether t is an interface with methods
// that Go's library declares (error, fmt.Stringer, io.Writer). A value of
// the script's type converted to one in so many words and handed to a
// function value stopped the call with "reflect: Call using *struct {
// Key string } as type error", where the interpreter's own conversion at
// the call runs as Go's: such an argument is left as it is.
func libraryMethodInterface(p *Package, t types.Type) bool {
	if !methodInterface(t) {
		return false
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && (n.Obj().Pkg() == nil || !interpreted(p, n.Obj().Pkg()))
}

// scriptNamed reports whether t, or what it points to, is a named type
// that the script declares.
func scriptNamed(p *Package, t types.Type) bool {
	if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
		t = ptr.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && interpreted(p, n.Obj().Pkg())
}

package rewrite

import (
	"go/ast"
	"go/types"
)

// The interpreter fails to hand a function to a parameter of the script's
// own functions whose type is a named function type of Go's library
// (func logging(next http.HandlerFunc) http.HandlerFunc called as
// logging(hello), filepath.WalkFunc, a method's http.HandlerFunc): the
// call stopped with reflect.Set: value of type *interp.node is not
// assignable to type http.HandlerFunc, or reflect: Call using
// *interp.node as type http.HandlerFunc, where Go converts the function
// implicitly. Converted explicitly, as a middleware written with
// http.HandlerFunc(hello) is, the function arrives as a value of the
// type. This pass writes out the conversion Go makes, at each call of a
// function of the script (declared, a method, or a value) where an
// argument of another function type goes to such a parameter:
//
//	logging(hello)   =>   logging(http.HandlerFunc(/*line :20:10*/hello)/*line :20:15*/)
//
// A function of Go's library takes such an argument as it is.

func funcArgs(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || !callsScript(p, call) {
			return true
		}
		t := p.Info.TypeOf(call.Fun)
		if t == nil {
			return true
		}
		sig, ok := t.Underlying().(*types.Signature)
		if !ok {
			return true
		}
		if len(call.Args) == 1 && sig.Params().Len() > 1 {
			return true // f(g()), the results of g spread over the parameters
		}
		for i, arg := range call.Args {
			pt := variadicParamAt(sig, i, call.Ellipsis.IsValid())
			if pt == nil || !libraryFuncType(p, pt) || hasTypeParam(pt) {
				continue
			}
			tv, ok := p.Info.Types[arg]
			if !ok || tv.Type == nil || tv.IsNil() || types.Identical(tv.Type, pt) {
				continue
			}
			if _, isFunc := tv.Type.Underlying().(*types.Signature); !isFunc {
				continue
			}
			e.Insert(arg.Pos(), libraryTypeName(p, f, e, pt)+"("+directive(p, arg.Pos()))
			e.Insert(arg.End(), ")"+directive(p, arg.End()))
		}
		return true
	})
}

// callsScript reports whether call calls a function of the script: one
// it declares, a method of its types, a function value or literal; not a
// function or method of Go's library, a conversion or a builtin.
func callsScript(p *Package, call *ast.CallExpr) bool {
	if tv, ok := p.Info.Types[call.Fun]; !ok || tv.IsType() || tv.IsBuiltin() {
		return false
	}
	var obj types.Object
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		obj = p.Info.Uses[fun]
	case *ast.SelectorExpr:
		obj = p.Info.Uses[fun.Sel]
	case *ast.IndexExpr: // a generic function instantiated
		if id, ok := ast.Unparen(fun.X).(*ast.Ident); ok {
			obj = p.Info.Uses[id]
		}
	}
	if fn, ok := obj.(*types.Func); ok {
		return fn.Pkg() != nil && interpreted(p, fn.Pkg())
	}
	return true // a function value: a variable, a field, an element, a call's result, a literal
}

// variadicParamAt returns the type of the parameter that the i'th
// argument of a call of sig goes to, the element type of a variadic one
// (nil where the call spreads a slice into it, f(xs...)).
func variadicParamAt(sig *types.Signature, i int, spread bool) types.Type {
	n := sig.Params().Len()
	if sig.Variadic() && i >= n-1 {
		if spread {
			return nil
		}
		if s, ok := sig.Params().At(n - 1).Type().Underlying().(*types.Slice); ok {
			return s.Elem()
		}
		return nil
	}
	if i >= n {
		return nil
	}
	return sig.Params().At(i).Type()
}

// libraryFuncType reports whether t is a named function type of Go's
// library (http.HandlerFunc, filepath.WalkFunc).
func libraryFuncType(p *Package, t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || interpreted(p, n.Obj().Pkg()) {
		return false
	}
	_, isFunc := n.Underlying().(*types.Signature)
	return isFunc
}

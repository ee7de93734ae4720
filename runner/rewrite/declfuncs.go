package rewrite

import (
	"go/ast"
	"go/types"
	"slices"
)

// The interpreter holds a function the script declares as its own code,
// not as a Go function, and makes a Go function of it only where it sees
// that one is needed: an argument of a call, a conversion, and an
// assignment whose checks recognise the function by its type's
// declaration, which another declaration of the same signature can hide.
// Elsewhere (a return, an element or field of a composite literal, a send
// on a channel, an interface, an append) it stores the code itself where
// Go stores a function, and stops with "reflect.Set: value of type
// *interp.node is not assignable". This pass converts each such use of a
// declared function to its own type, a conversion the interpreter makes a
// Go function of as it does for a call's argument:
//
//	func handler() http.HandlerFunc { return serve }   =>   ... { return (func(http.ResponseWriter, *http.Request))(serve)/*line :5:47*/ }
//
// It takes a top-level function of the script's packages and an instance
// of a generic one; the arguments of a call (append's aside) and the
// operand of a conversion to a function type are left as they are. The
// conversion costs nothing where the function is later called: the
// interpreter calls the Go function it makes as it calls the one it would
// have made.

func declFuncs(p *Package, f *ast.File, e *Editor) {
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		x, ok := n.(ast.Expr)
		if !ok || len(stack) == 0 {
			return true
		}
		fn := scriptFunc(p, x)
		if fn == nil {
			return true
		}
		if !storedAsValue(p, x, stack) {
			return false
		}
		sig, ok := p.Info.TypeOf(x).(*types.Signature)
		if !ok {
			return false
		}
		typ, ok := typeName(p, f, unnamedParams(sig), false)
		if !ok || !oneLine(typ) {
			return false
		}
		if late := madeLate(p, fn, stack); late && handedOn(x, stack) {
			return false // pass pendingfunc hands it through a parameter
		} else if late {
			name := e.Name("fn")
			e.Insert(x.Pos(), "func("+name+" "+typ+") "+typ+" { return "+name+" }("+directive(p, x.Pos()))
			e.InsertFirst(x.End(), ")"+directive(p, x.End()))
			return false
		}
		e.Insert(x.Pos(), "("+typ+")(")
		e.InsertFirst(x.End(), ")"+directive(p, x.End()))
		return false
	})
}

// scriptFunc returns the function x names, where x is a top-level
// function of one of the script's packages or an instance of a generic
// one; nil for any other expression.
func scriptFunc(p *Package, x ast.Expr) *types.Func {
	var id *ast.Ident
	switch x := x.(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
		if _, ok := p.Info.Uses[identOf(x.X)].(*types.PkgName); !ok {
			return nil
		}
	case *ast.IndexExpr:
		id = identOf(x.X)
	case *ast.IndexListExpr:
		id = identOf(x.X)
	}
	if id == nil {
		return nil
	}
	fn, ok := p.Info.Uses[id].(*types.Func)
	if !ok || fn.Signature().Recv() != nil || fn.Pkg() == nil {
		return nil
	}
	if fn.Pkg() != p.Types && !slices.Contains(p.Script, fn.Pkg()) {
		return nil // a compiled function is a Go function already
	}
	if fn.Origin().Parent() != fn.Pkg().Scope() {
		return nil
	}
	return fn
}

// identOf returns x as an identifier, or as the name of a package-qualified
// identifier; nil for any other expression.
func identOf(x ast.Expr) *ast.Ident {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		return x
	case *ast.SelectorExpr:
		return x.Sel
	}
	return nil
}

// storedAsValue reports whether x, on top of stack, is a function value
// that the interpreter stores as its own code: anything but a call of it,
// the function an instance or a selector names, an argument of a call
// other than append's, and the operand of a conversion to a function type.
func storedAsValue(p *Package, x ast.Expr, stack []ast.Node) bool {
	child := ast.Node(x)
	i := len(stack) - 1
	for ; i >= 0; i-- {
		if _, ok := stack[i].(*ast.ParenExpr); !ok {
			break
		}
		child = stack[i]
	}
	if i < 0 {
		return false
	}
	switch parent := stack[i].(type) {
	case *ast.CallExpr:
		if parent.Fun == child {
			return false
		}
		if tv, ok := p.Info.Types[parent.Fun]; ok && tv.IsType() {
			_, isFunc := tv.Type.Underlying().(*types.Signature)
			return !isFunc
		}
		if id, ok := ast.Unparen(parent.Fun).(*ast.Ident); ok {
			if b, ok := p.Info.Uses[id].(*types.Builtin); ok {
				return b.Name() == "append"
			}
		}
		return false
	case *ast.IndexExpr:
		return parent.X != child
	case *ast.IndexListExpr:
		return parent.X != child
	case *ast.SelectorExpr:
		return false
	}
	return true
}

// madeLate reports whether the interpreter makes the code of a function
// literal on stack before it has made fn's: fn is declared in another file,
// or not before the top-level declaration that holds the literal (see pass
// pendingfunc). A conversion there would make a Go function of fn that
// does nothing, so such a value goes through the parameter of a function
// literal called at once, which finds fn's code as it runs.
func madeLate(p *Package, fn *types.Func, stack []ast.Node) bool {
	if !inFuncLit(stack) || len(stack) < 2 {
		return false
	}
	fn = fn.Origin()
	return p.Fset.File(fn.Pos()) != p.Fset.File(stack[0].Pos()) || fn.Pos() >= stack[1].Pos()
}

// unnamedParams returns sig without its parameters' and results' names,
// for a spelling of its type that names nothing of the script's scope.
func unnamedParams(sig *types.Signature) *types.Signature {
	strip := func(t *types.Tuple) *types.Tuple {
		vars := make([]*types.Var, t.Len())
		for i := range vars {
			vars[i] = types.NewParam(t.At(i).Pos(), t.At(i).Pkg(), "", t.At(i).Type())
		}
		return types.NewTuple(vars...)
	}
	return types.NewSignatureType(nil, nil, nil, strip(sig.Params()), strip(sig.Results()), sig.Variadic())
}

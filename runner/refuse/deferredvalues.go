package refuse

import (
	"go/ast"
	"go/types"
)

// deferredValues refuses recover() in a function literal that is not
// deferred where it is written, in a package that defers a function value
// (defer h(), defer s.onPanic()): Go's recover stops the panic when such a
// literal is the deferred call, but the interpreter's recover looks for the
// panic in the frame the literal was made in, and finds none there. A
// literal deferred where it is written (defer func() {...}()) recovers.
func deferredValues(r *reporter) {
	var value ast.Expr // the first deferred call of a function value
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		if d, ok := n.(*ast.DeferStmt); ok && value == nil && r.deferredValue(d.Call.Fun) {
			value = d.Call.Fun
		}
		return value == nil
	})
	if value == nil {
		return
	}
	r.inspect(func(n ast.Node, stack []ast.Node) bool {
		lit, ok := n.(*ast.FuncLit)
		if !ok || deferredHere(lit, stack) {
			return true
		}
		ast.Inspect(lit.Body, func(m ast.Node) bool {
			switch x := m.(type) {
			case *ast.FuncLit:
				return false
			case *ast.CallExpr:
				if isRecoverCall(r, x) {
					r.refuse(x.Pos(), "recover() in a function literal deferred as a value (defer %s() at %s) does not stop the panic in the interpreter: defer the function literal itself, defer func() { ... }()", types.ExprString(value), r.fset.Position(value.Pos()))
				}
			}
			return true
		})
		return true
	})
}

// deferredValue reports whether fun, the function of a deferred call, is
// a function value: not a function literal, a declared function or
// method, or a builtin.
func (r *reporter) deferredValue(fun ast.Expr) bool {
	switch f := ast.Unparen(fun).(type) {
	case *ast.FuncLit:
		return false
	case *ast.Ident:
		_, isVar := r.info.Uses[f].(*types.Var)
		return isVar
	case *ast.SelectorExpr:
		_, isVar := r.info.Uses[f.Sel].(*types.Var)
		return isVar
	case *ast.IndexExpr:
		_, isFunc := r.info.Uses[identOf(f.X)].(*types.Func)
		return !isFunc // a generic function's instance is no value
	case *ast.IndexListExpr:
		return false
	}
	return true
}

// identOf returns the identifier that x names, if any.
func identOf(x ast.Expr) *ast.Ident {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		return x
	case *ast.SelectorExpr:
		return x.Sel
	}
	return nil
}

// deferredHere reports whether lit, under the nodes of stack, is the
// function of a defer statement.
func deferredHere(lit *ast.FuncLit, stack []ast.Node) bool {
	var x ast.Node = lit
	for i := len(stack) - 1; i >= 0; i-- {
		switch s := stack[i].(type) {
		case *ast.ParenExpr:
			x = s
			continue
		case *ast.CallExpr:
			if s.Fun != x || i == 0 {
				return false
			}
			d, ok := stack[i-1].(*ast.DeferStmt)
			return ok && d.Call == s
		}
		return false
	}
	return false
}

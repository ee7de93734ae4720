package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
)

// The interpreter calls a function the script declares by copying each
// argument into the callee's frame, but skips an argument equal to its
// type's zero value, which the frame holds already: a negative zero (a
// float -0, or a complex, array or struct whose parts are 0 and -0)
// arrives as +0, and f(math.Copysign(0, -1)) prints 0 and 1/x +Inf where
// Go prints -0 and -Inf. A function value it calls as a Go function, which
// copies every argument. This pass calls a declared function (or an
// instance of a generic one) through its own type, where an argument that
// may be a negative zero goes to a parameter of a type that holds floats:
//
//	show(math.Round(x))   =>   (func(float64))(show)/*line :9:6*/(math.Round(x))
//
// An argument that cannot be -0 (a constant, an integer converted, a sum
// with such an operand) leaves the call as it is: the conversion makes
// the call take about twice as long. A deferred call copies its
// arguments already.

func negZero(p *Package, f *ast.File, e *Editor) {
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(stack) > 0 && isDeferOf(stack[len(stack)-1], call) {
			return true
		}
		fun := ast.Unparen(call.Fun)
		fn := scriptFunc(p, fun)
		if fn == nil {
			return true
		}
		sig, ok := p.Info.TypeOf(fun).(*types.Signature)
		if !ok || sig.TypeParams() != nil || !zeroLossy(p, sig, call) {
			return true
		}
		typ, ok := typeName(p, f, unnamedParams(sig), false)
		if !ok || !oneLine(typ) {
			return true
		}
		if madeLate(p, fn, stack) {
			name := e.Name("fn")
			e.InsertLast(fun.Pos(), "func("+name+" "+typ+") "+typ+" { return "+name+" }("+directive(p, fun.Pos()))
		} else {
			e.InsertLast(fun.Pos(), "("+typ+")(")
		}
		e.InsertFirst(fun.End(), ")"+directive(p, fun.End()))
		return true
	})
}

// isDeferOf reports whether parent is a defer statement of call.
func isDeferOf(parent ast.Node, call *ast.CallExpr) bool {
	d, ok := parent.(*ast.DeferStmt)
	return ok && d.Call == call
}

// zeroLossy reports whether an argument of call may be a negative zero
// that goes to a parameter of sig whose type holds floats.
func zeroLossy(p *Package, sig *types.Signature, call *ast.CallExpr) bool {
	if len(call.Args) == 1 && sig.Params().Len() > 1 {
		return anyHoldsFloat(sig) // f(g()), g's results spread over the parameters
	}
	for i, arg := range call.Args {
		pt := paramAt(sig, i)
		if pt != nil && holdsFloat(pt) && mayBeNegZero(p, arg) {
			return true
		}
	}
	return false
}

// anyHoldsFloat reports whether a parameter of sig, not a variadic one,
// has a type that holds floats: f(g()) spreads g's results over them.
func anyHoldsFloat(sig *types.Signature) bool {
	for i := range sig.Params().Len() {
		if pt := paramAt(sig, i); pt != nil && holdsFloat(pt) {
			return true
		}
	}
	return false
}

// holdsFloat reports whether a value of t holds a float or a complex in
// itself (not behind a pointer, slice, map, channel or interface), where
// a negative zero equals the type's zero value.
func holdsFloat(t types.Type) bool {
	if tp, ok := types.Unalias(t).(*types.TypeParam); ok {
		return setHoldsFloat(tp.Constraint().Underlying().(*types.Interface))
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&(types.IsFloat|types.IsComplex) != 0
	case *types.Array:
		return u.Len() > 0 && holdsFloat(u.Elem())
	case *types.Struct:
		for i := range u.NumFields() {
			if u.Field(i).Name() != "_" && holdsFloat(u.Field(i).Type()) {
				return true
			}
		}
	}
	return false
}

// setHoldsFloat reports whether the type set of constraint it may hold
// a type that holds floats: it has no terms (any, comparable, methods
// only), or each of its unions has such a term.
func setHoldsFloat(it *types.Interface) bool {
	for i := range it.NumEmbeddeds() {
		switch e := it.EmbeddedType(i).(type) {
		case *types.Union:
			floats := false
			for j := range e.Len() {
				floats = floats || holdsFloat(e.Term(j).Type())
			}
			if !floats {
				return false
			}
		default:
			if iface, ok := e.Underlying().(*types.Interface); ok {
				if !setHoldsFloat(iface) {
					return false
				}
			} else if !holdsFloat(e) {
				return false
			}
		}
	}
	return true
}

// mayBeNegZero reports whether x may hold a negative zero: false for a
// constant, an integer converted, a composite literal of such parts, and
// a sum or difference whose operands rule it out (x+y is -0 only where
// both are, x-y only where x is).
func mayBeNegZero(p *Package, x ast.Expr) bool {
	tv, ok := p.Info.Types[x]
	if !ok || tv.Value != nil {
		return !ok
	}
	if _, tuple := tv.Type.(*types.Tuple); !tuple && !holdsFloat(tv.Type) {
		return false
	}
	switch x := x.(type) {
	case *ast.ParenExpr:
		return mayBeNegZero(p, x.X)
	case *ast.UnaryExpr:
		return x.Op != token.ADD || mayBeNegZero(p, x.X)
	case *ast.BinaryExpr:
		switch x.Op {
		case token.ADD:
			return mayBeNegZero(p, x.X) && mayBeNegZero(p, x.Y)
		case token.SUB:
			return mayBeNegZero(p, x.X)
		}
	case *ast.CallExpr:
		if ftv, ok := p.Info.Types[x.Fun]; ok && ftv.IsType() && len(x.Args) == 1 {
			return mayBeNegZero(p, x.Args[0])
		}
	case *ast.CompositeLit:
		for _, el := range x.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				el = kv.Value
			}
			if mayBeNegZero(p, el) {
				return true
			}
		}
		return false
	}
	return true
}

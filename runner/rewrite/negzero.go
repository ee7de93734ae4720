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
// instance of a generic one) as a value of its type, where an argument
// that may be a negative zero goes to a parameter of a type that holds
// floats. In a function's body, the value is a variable declared on the
// imports' line, which the interpreter sets before the script's own
// variables, whose initialisers may call the function:
//
//	show(math.Round(x))   =>   _nz1/*line :9:6*/(math.Round(x))
//	var _nz1 = (func(float64))(show)
//
// A go statement converts the function where it calls it; the
// initialiser of a package's variable and a generic function, whose
// instances have no spelling there, call it through the parameter of a
// function literal called at once, which the interpreter runs where it
// stops with a nil value calling a converted function (the left operand
// of &&). A value that a select's case sends, pass selectsend evaluates
// before the select, where the interpreter computes only its last step;
// a call in the case's channel or receive stays as it is.
//
// An argument that cannot be -0 (a constant, an integer converted, a sum
// with such an operand) leaves the call as it is: through a variable, a
// call takes about two and a half times as long. A deferred call copies
// its arguments already.

func negZero(p *Package, f *ast.File, e *Editor) {
	vars := map[string]string{} // the variables that hold functions, by the callee's text and type
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(stack) > 0 && isDeferOf(stack[len(stack)-1], call) {
			return true
		}
		if !zeroLossyCall(p, call) || inSelectCase(call, stack) && !inSentValue(call, stack) {
			return true
		}
		fun := ast.Unparen(call.Fun)
		fn := scriptFunc(p, fun)
		sig := p.Info.TypeOf(fun).(*types.Signature)
		typ, ok := typeName(p, f, unnamedParams(sig), false)
		if !ok || !oneLine(typ) {
			return true
		}
		generic := fn.Origin() != fn || fn.Signature().TypeParams() != nil || hasTypeParam(sig)
		switch {
		case len(stack) > 0 && isGoOf(stack[len(stack)-1], call):
			e.InsertLast(fun.Pos(), "("+typ+")(")
			e.InsertFirst(fun.End(), ")"+directive(p, fun.End()))
		case !generic && inFuncDecl(stack) && !e.editedInside(fun.Pos(), fun.End()):
			text := e.Text(fun.Pos(), fun.End())
			name, ok := vars[text+" "+typ]
			if !ok {
				name = e.Name("nz")
				vars[text+" "+typ] = name
				e.Declare("var " + name + " = (" + typ + ")(" + text + ")")
			}
			e.Replace(fun.Pos(), fun.End(), name+directive(p, fun.End()))
		default:
			name := e.Name("fn")
			e.InsertLast(fun.Pos(), "func("+name+" "+typ+") "+typ+" { return "+name+" }("+directive(p, fun.Pos()))
			e.InsertFirst(fun.End(), ")"+directive(p, fun.End()))
		}
		return true
	})
}

// zeroLossyCall reports whether call calls a declared function of the
// script (or an instance of a generic one) with an argument that may be
// a negative zero for a parameter of a type that holds floats.
func zeroLossyCall(p *Package, call *ast.CallExpr) bool {
	fun := ast.Unparen(call.Fun)
	if scriptFunc(p, fun) == nil {
		return false
	}
	sig, ok := p.Info.TypeOf(fun).(*types.Signature)
	return ok && sig.TypeParams() == nil && zeroLossy(p, sig, call)
}

// inSentValue reports whether call, on top of stack, lies in the value
// that a select's case sends, which pass selectsend evaluates before the
// select where it is such a call.
func inSentValue(call *ast.CallExpr, stack []ast.Node) bool {
	for _, n := range stack {
		if cc, ok := n.(*ast.CommClause); ok {
			if send, ok := cc.Comm.(*ast.SendStmt); ok && call.Pos() >= send.Value.Pos() && call.End() <= send.Value.End() {
				return true
			}
		}
	}
	return false
}

// inSelectCase reports whether call, on top of stack, lies in the send
// or receive of a select's case, where the interpreter computes only the
// last step of a value, and calls nothing a call is made through.
func inSelectCase(call ast.Expr, stack []ast.Node) bool {
	for _, n := range stack {
		if cc, ok := n.(*ast.CommClause); ok && cc.Comm != nil && call.Pos() >= cc.Comm.Pos() && call.End() <= cc.Comm.End() {
			return true
		}
	}
	return false
}

// isGoOf reports whether parent is a go statement of call.
func isGoOf(parent ast.Node, call *ast.CallExpr) bool {
	g, ok := parent.(*ast.GoStmt)
	return ok && g.Call == call
}

// inFuncDecl reports whether the node on top of stack lies in the body of
// a declared function, not in the initialiser of a package's variable.
func inFuncDecl(stack []ast.Node) bool {
	for _, n := range stack {
		if _, ok := n.(*ast.FuncDecl); ok {
			return true
		}
	}
	return false
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

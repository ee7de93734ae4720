package refuse

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/rewrite"
)

// logValuers refuses a value of a type the script declares with a
// LogValue() slog.Value method where it goes to slog as any and pass
// logvaluer does not hand slog its method (Group, Any, AnyValue,
// Record.Add, which keep the value for the script to see again; spread
// from a slice), and a value of interface type there that may hold one:
// the interpreter hands compiled slog the value without the script's
// methods, so slog prints the value's fields, as the interpreter keeps
// them, where Go calls LogValue when a handler resolves it. slog's
// functions of such arguments taken as values are refused as well, as
// what they will be handed is not known here.
func logValuers(r *reporter) {
	valuer := r.slogLogValuer()
	if valuer == nil {
		return
	}
	held := r.logValuerTypes(valuer)
	if len(held) == 0 {
		return
	}
	lifted := rewrite.LiftedLogValuer(r.pkg, r.info)
	r.slogAnyArgs(func(sel *ast.SelectorExpr) {
		r.refuse(sel.Pos(), "%s taken as a value may be handed a value of %s, whose LogValue method slog does not see under socklab (it prints the value's fields instead): call %s directly, and pass what LogValue returns (v.LogValue())", types.ExprString(sel), types.TypeString(held[0], types.RelativeTo(r.pkg)), types.ExprString(sel))
	}, func(call *ast.CallExpr, arg ast.Expr, t types.Type, spread bool) {
		if !spread && lifted != nil && rewrite.LogValuerCall(r.info, call) && rewrite.DeclaresLogValue(r.pkg, t, valuer) {
			return // pass logvaluer hands slog the value's LogValue
		}
		r.logValuerArg(arg, t, valuer, held, spread)
	})
}

// slogAnyArgs calls arg with each argument handed to an empty interface
// parameter of a function or method of log/slog, and its type (its
// elements' where spread by ...), and taken with each such function taken
// as a value rather than called.
func (r *reporter) slogAnyArgs(taken func(sel *ast.SelectorExpr), arg func(call *ast.CallExpr, arg ast.Expr, t types.Type, spread bool)) {
	r.inspect(func(n ast.Node, stack []ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		fn, ok := r.info.Uses[sel.Sel].(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "log/slog" || !takesAny(fn) {
			return true
		}
		call := calledIn(stack, sel)
		if call == nil {
			taken(sel)
			return true
		}
		sig := fn.Type().(*types.Signature)
		for i, a := range call.Args {
			param, spread := paramOf(sig, i, call.Ellipsis.IsValid())
			if !isEmptyInterface(param) {
				continue
			}
			t := r.typeOf(a)
			if t == nil {
				continue
			}
			if spread {
				s, ok := t.Underlying().(*types.Slice)
				if !ok {
					continue
				}
				t = s.Elem()
			}
			arg(call, a, t, spread)
		}
		return true
	})
}

// logValuerArg refuses arg, of type t (of its elements where spread),
// where it is or may hold a type of held.
func (r *reporter) logValuerArg(arg ast.Expr, t types.Type, valuer *types.Interface, held []types.Type, spread bool) {
	name := func(t types.Type) string { return types.TypeString(t, types.RelativeTo(r.pkg)) }
	if r.declaresLogValue(t, valuer) {
		what := types.ExprString(arg)
		if spread {
			what += "'s elements"
		}
		r.refuse(arg.Pos(), "slog does not see the LogValue method of %s under socklab (the interpreter hands it %s without the script's methods), so it prints the value's fields where Go logs what LogValue returns: pass %s.LogValue() instead, or the attributes themselves (slog.Group(\"key\", slog.String(...), ...))", name(t), what, types.ExprString(arg))
		return
	}
	if !types.IsInterface(t) {
		return
	}
	iface, _ := t.Underlying().(*types.Interface)
	for _, h := range held {
		if iface != nil && types.Implements(h, iface) {
			r.refuse(arg.Pos(), "%s may hold %s, whose LogValue method slog does not see under socklab (the interpreter hands it the value without the script's methods), so it would print the value's fields where Go logs what LogValue returns: pass the concrete value's LogValue() instead, or the attributes themselves (slog.Group(\"key\", slog.String(...), ...))", types.ExprString(arg), withArticle(name(h)))
			return
		}
	}
}

// slogLogValuer returns slog.LogValuer where the package imports log/slog,
// nil otherwise.
func (r *reporter) slogLogValuer() *types.Interface { return rewrite.SlogLogValuer(r.pkg) }

// logValuerTypes returns the types the package declares, and pointers to
// them, that implement slog.LogValuer: T where its value methods do, *T
// where only its pointer methods do.
func (r *reporter) logValuerTypes(valuer *types.Interface) []types.Type {
	var held []types.Type
	for _, obj := range r.info.Defs {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.Pkg() != r.pkg || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
			continue
		}
		switch t := tn.Type(); {
		case types.Implements(t, valuer):
			held = append(held, t)
		case types.Implements(types.NewPointer(t), valuer):
			held = append(held, types.NewPointer(t))
		}
	}
	return held
}

// declaresLogValue reports whether t, or what it points to, is a type the
// package declares, and t implements slog.LogValuer.
func (r *reporter) declaresLogValue(t types.Type, valuer *types.Interface) bool {
	return r.pkg != nil && rewrite.DeclaresLogValue(r.pkg, t, valuer)
}

// takesAny reports whether fn has a parameter of an empty interface type,
// its variadic one's elements among them.
func takesAny(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return false
	}
	for i := range sig.Params().Len() {
		t := sig.Params().At(i).Type()
		if s, ok := t.(*types.Slice); ok && sig.Variadic() && i == sig.Params().Len()-1 {
			t = s.Elem()
		}
		if isEmptyInterface(t) {
			return true
		}
	}
	return false
}

// paramOf returns the type of the parameter of sig that argument i is
// handed to, its variadic one's elements where i is among them but for a
// call with ..., which hands the slice itself (spread).
func paramOf(sig *types.Signature, i int, ellipsis bool) (types.Type, bool) {
	n := sig.Params().Len()
	if n == 0 {
		return nil, false
	}
	if !sig.Variadic() || i < n-1 {
		if i >= n {
			return nil, false
		}
		return sig.Params().At(i).Type(), false
	}
	s := sig.Params().At(n - 1).Type().(*types.Slice)
	return s.Elem(), ellipsis
}

// isEmptyInterface reports whether t is an interface without methods.
func isEmptyInterface(t types.Type) bool {
	if t == nil {
		return false
	}
	i, ok := t.Underlying().(*types.Interface)
	return ok && i.NumMethods() == 0 && i.IsMethodSet()
}

// calledIn returns the call of which fun, whose enclosing nodes stack
// holds, is the function (in parentheses or not), nil where it is none.
func calledIn(stack []ast.Node, fun ast.Expr) *ast.CallExpr {
	for i := len(stack) - 1; i >= 0; i-- {
		switch n := stack[i].(type) {
		case *ast.ParenExpr:
			continue
		case *ast.CallExpr:
			if ast.Unparen(n.Fun) == fun {
				return n
			}
		}
		return nil
	}
	return nil
}

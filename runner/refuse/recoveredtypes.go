package refuse

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/socklab/socklab/runner/rewrite"
)

// The recover site gives a value of a type of the script's top level with
// an Error or a String method its type back (pass recover, see
// rewrite.RecoveredTypes), converted to error or fmt.Stringer, whose
// methods compiled code and the interpreter's assertions then see. The
// checks here refuse what it cannot give back: a type declared inside a
// function or with type parameters, one the interpreter makes one type
// with another type a panic may carry, and, for %w, a type that is no
// error.

// recoveredTypes returns rewrite.RecoveredTypes of the package, once.
func (r *reporter) recoveredTypes() []rewrite.RecoveredType {
	if r.recovered == nil {
		rt := rewrite.RecoveredTypes(r.files, r.pkg, r.info, nil)
		r.recovered = &rt
	}
	return *r.recovered
}

// carriedBy returns the recovered types that a panic with a value of type
// t may carry: t itself, or, for an interface, the types that implement
// it.
func (r *reporter) carriedBy(t types.Type) []rewrite.RecoveredType {
	var out []rewrite.RecoveredType
	it, isIface := t.Underlying().(*types.Interface)
	for _, rt := range r.recoveredTypes() {
		if isIface && types.Implements(rt.Type, it) || !isIface && types.Identical(rt.Type, t) {
			out = append(out, rt)
		}
	}
	return out
}

// carryingPanic returns the first panic of the script, in a function
// whose panics a recover can see, that may carry a value of a type of the
// script's for which lost holds, and that type.
func (r *reporter) carryingPanic(lost func(rewrite.RecoveredType) bool) (pos token.Pos, rt rewrite.RecoveredType) {
	r.visiblePanics(func(call *ast.CallExpr) bool {
		t := r.typeOf(call.Args[0])
		if t == nil {
			return true
		}
		for _, c := range r.carriedBy(t) {
			if lost(c) {
				pos, rt = call.Pos(), c
				return false
			}
		}
		return true
	})
	return pos, rt
}

// unwrappedPanic returns the first panic of the script, in a function
// whose panics a recover can see, that may carry a value of a type of the
// script's that recover does not give back as an error, which
// fmt.Errorf's %w would not wrap as Go does, and what a refusal says of
// it and of what to write instead.
func (r *reporter) unwrappedPanic() (token.Pos, string) {
	pos, rt := r.carryingPanic(func(rt rewrite.RecoveredType) bool { return rt.As != "error" })
	if !pos.IsValid() {
		return pos, ""
	}
	if rt.Unlike != "" {
		return pos, r.lostType(rt, "fmt.Errorf's %w does not see its Error method and writes %!w(...) where Go wraps the error")
	}
	name := types.TypeString(rt.Type, types.RelativeTo(r.pkg))
	return pos, fmt.Sprintf("a value of type %s, which is no error: %%w of it writes %%!w(...) with the interpreter's spelling of its type, where Go names %s: wrap only an error with %%w, and print any other value with %%v", name, types.TypeString(rt.Type, func(p *types.Package) string { return p.Name() }))
}

// lostPanic returns the first panic of the script, in a function whose
// panics a recover can see, that may carry a value of a type of the
// script's with an Error or String method that the recover site cannot
// give its type back, so that printing or inspecting what recover
// returns would not call its methods, and what a refusal says of it.
func (r *reporter) lostPanic() (token.Pos, string) {
	pos, rt := r.carryingPanic(func(rt rewrite.RecoveredType) bool { return rt.Unlike != "" })
	if !pos.IsValid() {
		return pos, ""
	}
	return pos, r.lostType(rt, "fmt and the interpreter's assertions do not see its methods")
}

// lostType says why recover returns a value of rt's type without its
// methods, what does not see them (effect), and what to write instead.
func (r *reporter) lostType(rt rewrite.RecoveredType, effect string) string {
	name := types.TypeString(rt.Type, types.RelativeTo(r.pkg))
	if rt.Other != nil {
		return fmt.Sprintf("a value of type %s, which recover returns without the interpreter's record of its type, as the interpreter makes it one type with %s, so %s: give %s a field of its own, or panic with an error of Go's (errors.New, or fmt.Errorf(\"...: %%w\", err))", name, types.TypeString(rt.Other, types.RelativeTo(r.pkg)), effect, name)
	}
	return fmt.Sprintf("a value of type %s, which recover returns without the interpreter's record of its type, as it is declared inside a function, in another package or with type parameters, so %s: declare the type at the top level of the file, without type parameters, or panic with an error of Go's (errors.New, or fmt.Errorf(\"...: %%w\", err))", name, effect)
}

// visiblePanics calls fn with each call of panic with one argument in a
// function whose panics a recover can see (see rewrite.Bounds.Sees), in
// the order of the source, until fn returns false.
func (r *reporter) visiblePanics(fn func(call *ast.CallExpr) bool) {
	more := true
	for _, f := range r.files {
		checked := rewrite.PlanBounds(r.info, r.files, f)
		ast.Inspect(f, func(n ast.Node) bool {
			if !more {
				return false
			}
			var body *ast.BlockStmt
			switch fn := n.(type) {
			case *ast.FuncDecl:
				body = fn.Body
			case *ast.FuncLit:
				body = fn.Body
			default:
				return true
			}
			if body == nil || !checked.Sees(body) {
				return true
			}
			for _, s := range body.List {
				ast.Inspect(s, func(n ast.Node) bool {
					if _, lit := n.(*ast.FuncLit); lit || !more {
						return false
					}
					call, ok := n.(*ast.CallExpr)
					if ok && len(call.Args) == 1 && isBuiltin(r, call.Fun, "panic") {
						more = fn(call)
					}
					return more
				})
			}
			return true
		})
	}
}

func isBuiltin(r *reporter, fun ast.Expr, name string) bool {
	id, ok := ast.Unparen(fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := r.info.Uses[id].(*types.Builtin)
	return ok && b.Name() == name
}

// restoredAssertion reports whether x, asserted to the interface that the
// type expression iface names (or switched on with a case of it), is
// what recover returned, which the recover site gave its type back for
// every type of the script's that a panic may carry and that implements
// the interface, converted to an interface of Go's library with all of
// its methods: the interpreter's assertion then sees them.
func (r *reporter) restoredAssertion(x, iface ast.Expr) bool {
	if !r.purelyRecovered(x) {
		return false
	}
	var methods []string
	var it *types.Interface
	if t := r.typeOf(iface); t != nil {
		u, ok := t.Underlying().(*types.Interface)
		if !ok {
			return false
		}
		it = u
		for i := range u.NumMethods() {
			methods = append(methods, u.Method(i).Name())
		}
	} else if sel, ok := iface.(*ast.SelectorExpr); ok {
		if id, ok := sel.X.(*ast.Ident); ok {
			methods = compiledInterfaces[id.Name+"."+sel.Sel.Name]
		}
	}
	if len(methods) == 0 {
		return false
	}
	for _, rt := range r.recoveredTypes() {
		if it != nil && !types.Implements(rt.Type, it) || it == nil && !hasAllOf(rt.Type, methods) {
			continue
		}
		kept := map[string][]string{"error": {"Error"}, "fmt.Stringer": {"String"}}[rt.As]
		for _, m := range methods {
			if !slices.Contains(kept, m) {
				return false
			}
		}
	}
	return true
}

// hasAllOf reports whether the method set of t holds methods of all these
// names.
func hasAllOf(t types.Type, names []string) bool {
	for _, n := range names {
		obj, _, _ := types.LookupFieldOrMethod(t, false, nil, n)
		if _, ok := obj.(*types.Func); !ok {
			return false
		}
	}
	return true
}

// purelyRecovered reports whether x is a call of recover, or a variable
// that only ever holds what recover returned (see rewrite.OnlyRecovered).
func (r *reporter) purelyRecovered(x ast.Expr) bool {
	if r.onlyRecovered == nil {
		r.onlyRecovered = rewrite.OnlyRecovered(r.info, r.files)
	}
	return rewrite.IsRecovered(r.info, r.onlyRecovered, x)
}

package refuse

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/rewrite"
)

// mayHoldImplementation reports whether x, asserted to the interface that
// the type expression iface names, may hold at run time a value of a type
// the script declares, other than one of lift's pool, whose value or
// pointer has the interface's methods: the interpreter's assertion does
// not see the methods of such a value. Where x can hold only Go's types
// and pooled ones (an any that the script fills with strings, ints and a
// Celsius with a String method), the assertion answers as Go's. What x
// may hold is what the package converts to its interface type (see
// ifaceHeld); a value of a type parameter converted to an interface may
// be of any type. The types for which lifted reports true (where not
// nil: those that the rewrite's lift of the assertion answers for, see
// heldLifted) are left out.
func (r *reporter) mayHoldImplementation(x, iface ast.Expr, lifted func(*types.Named) bool) bool {
	implements := r.implementedBy(iface)
	unlifted := func(n *types.Named) bool {
		return !types.IsInterface(n) && !rewrite.Pooled(n.Obj()) && implements(n) && (lifted == nil || !lifted(n))
	}
	h := r.held()
	t := r.typeOf(x)
	if h.generic || t == nil {
		if lifted == nil {
			return true
		}
		return r.declaresWhere(unlifted)
	}
	return h.reach(t, true, func(held types.Type) bool {
		n, ok := types.Unalias(held).(*types.Named)
		return ok && r.declared(n) && unlifted(n)
	})
}

// declaresWhere reports whether the package declares a type, at its top
// level or inside a function, for which keep reports true.
func (r *reporter) declaresWhere(keep func(*types.Named) bool) bool {
	for _, obj := range r.info.Defs {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok && keep(n) {
			return true
		}
	}
	return false
}

// implementedBy returns a test of whether t or *t has the methods of the
// interface that the type expression e names; where the checks do not
// know e's type (an interface of an imported package, see
// compiledInterfaces), the test looks at the methods' names.
func (r *reporter) implementedBy(e ast.Expr) func(t types.Type) bool {
	if t := r.typeOf(e); t != nil {
		it, ok := t.Underlying().(*types.Interface)
		if !ok {
			return func(types.Type) bool { return false }
		}
		return func(t types.Type) bool {
			return types.Implements(t, it) || types.Implements(types.NewPointer(t), it)
		}
	}
	var names []string
	if sel, ok := e.(*ast.SelectorExpr); ok {
		if id, ok := sel.X.(*ast.Ident); ok {
			names = compiledInterfaces[id.Name+"."+sel.Sel.Name]
		}
	}
	if names == nil {
		return func(types.Type) bool { return true }
	}
	return func(t types.Type) bool { return hasAll(t, names) }
}

// heldBy returns a test of whether x may hold at run time a value of the
// type tn names, or a pointer to one, where tn is not of lift's pool (a
// type of the pool is compiled, and the interpreter's assertion finds the
// methods of a pointer to it as Go's does).
func (r *reporter) heldBy(x ast.Expr) func(tn *types.TypeName) bool {
	return func(tn *types.TypeName) bool {
		if rewrite.Pooled(tn) {
			return false
		}
		h := r.held()
		t := r.typeOf(x)
		if h.generic || t == nil {
			return true
		}
		return h.reach(t, true, func(held types.Type) bool {
			n, ok := types.Unalias(held).(*types.Named)
			return ok && n.Obj() == tn
		})
	}
}

// unliftedBy is heldBy of x without the types for which lifted (where not
// nil) reports true.
func (r *reporter) unliftedBy(x ast.Expr, lifted func(*types.Named) bool) func(tn *types.TypeName) bool {
	held := r.heldBy(x)
	return func(tn *types.TypeName) bool {
		if n, ok := tn.Type().(*types.Named); ok && lifted != nil && lifted(n) {
			return false
		}
		return held(tn)
	}
}

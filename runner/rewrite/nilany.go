package rewrite

import (
	"cmp"
	"go/ast"
	"go/types"
	"slices"
)

// The interpreter keeps a nil value of an interface with methods that the
// script declares or writes as a literal (a Shape) as a zero value of its
// own wrapper, and converted to an empty interface the wrapper stays: the
// any is not nil, though its == nil says it is, so a type switch's case
// nil did not match it, an assertion to a concrete type (x.(Rect), its
// comma-ok form too) panicked with "a nil value was used", fmt printed it
// inside a []any as a panic of a Format method and encoding/json encoded
// it as {} where Go writes null. nilAny converts such a value, stored as
// an empty interface (assigned, passed to a function of the script,
// appended, sent, put in a composite literal, returned or converted), in
// a function of the file's own that gives nil for nil, and the value as
// the interpreter converts it otherwise:
//
//	sa = append(sa, s)   =>   sa = append(sa, _ifc1(s))
//	func _ifc1(v Shape) any { if v == nil { return nil }; return v }
//
// A value of a type of the package's top level that the interface may
// hold is taken out of the wrapper (if x, ok := v.(Rect); ok { return x
// }), as Go holds it and as the interpreter holds a value converted so: in
// the wrapper, a type switch on the any matched none of its concrete
// cases and fmt printed the wrapper's fields. A type with a method that
// Go's library looks for in an any (keptInWrapper) stays in the wrapper,
// through which the library calls it, as pass typeswitch knows.
//
// It reports whether x is such a value, which conv then leaves alone. A
// value whose type the file cannot name (an interface declared in a
// function, or of a package the file does not import) is left as the
// interpreter converts it.
func (c *converter) nilAny(x ast.Expr, t, target types.Type) bool {
	if t == nil || target == nil || !emptyInterface(target) || hasTypeParam(target) {
		return false
	}
	if tp, ok := types.Unalias(t).(*types.TypeParam); ok {
		return c.nilAnyParam(x, tp)
	}
	if !c.scriptInterface(t) {
		return false
	}
	from, ok1 := typeName(c.p, c.f, t, true)
	to, ok2 := typeName(c.p, c.f, target, true)
	if !ok1 || !ok2 {
		return true
	}
	key := "nilAny " + from + " " + to
	name, ok := c.helpers[key]
	if !ok {
		name = c.e.Name("ifc")
		c.helpers[key] = name
		body := "if v == nil { return nil }; "
		for _, typ := range c.bareTypes(t) {
			body += "if x, ok := v.(" + typ + "); ok { return x }; "
		}
		c.e.Append("func " + name + "(v " + from + ") " + to + " { " + body + "return v }")
	}
	c.e.Insert(x.Pos(), name+"(")
	c.e.Insert(x.End(), ")")
	return true
}

// bareTypes spells the types of the package's top level, and pointers to
// them, that implement t, an interface the script declares, and whose
// values nilAny takes out of the interpreter's wrapper: not generic, nor
// one of lift's pool, nor kept in the wrapper (keptInWrapper).
func (c *converter) bareTypes(t types.Type) []string {
	it, ok := t.Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	var out []string
	scope := c.p.Types.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 || types.IsInterface(n) || Pooled(tn) || keptInWrapper(c.p, n) {
			continue
		}
		for _, cand := range []types.Type{n, types.NewPointer(n)} {
			if !types.Implements(cand, it) {
				continue
			}
			if s, ok := typeName(c.p, c.f, cand, true); ok {
				out = append(out, s)
			}
		}
	}
	return out
}

// nilAnyParam converts x, a value of the type parameter tp of a generic
// function of the package, stored as an empty interface, where a call of
// the function instantiates tp with an interface the script declares
// (Describe[Shape]): pass generics copies the function for that instance
// as this pass edited it, and the interpreter converts a nil Shape there
// as nilAny says. In the copy's own function literal, an any that == nil
// finds nil is the nil any:
//
//	switch any(v).(type) {   =>   switch any(func() any { _nil1 := any(v); if _nil1 == nil { return nil }; return _nil1 }()).(type) {
//
// It reports whether it converted x.
func (c *converter) nilAnyParam(x ast.Expr, tp *types.TypeParam) bool {
	ifaces := c.wrappedInstances(tp)
	if len(ifaces) == 0 {
		return false
	}
	v := c.e.Name("nil")
	body := "if " + v + " == nil { return nil }; "
	seen := map[string]bool{}
	for _, it := range ifaces {
		for _, typ := range c.bareTypes(it) {
			if !seen[typ] {
				seen[typ] = true
				body += "if b, ok := " + v + ".(" + typ + "); ok { return b }; "
			}
		}
	}
	c.e.Insert(x.Pos(), "func() any { "+v+" := any(")
	c.e.Insert(x.End(), "); "+body+"return "+v+" }()")
	return true
}

// wrappedInstances returns the interfaces the script declares (see
// wrappedInterface) that the calls of a generic function of the package
// instantiate tp, one of its type parameters, with, in the order of the
// calls.
func (c *converter) wrappedInstances(tp *types.TypeParam) []types.Type {
	var ids []*ast.Ident
	for id := range c.p.Info.Instances {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b *ast.Ident) int { return cmp.Compare(a.Pos(), b.Pos()) })
	var out []types.Type
	for _, id := range ids {
		inst := c.p.Info.Instances[id]
		fn, ok := c.p.Info.Uses[id].(*types.Func)
		if !ok {
			continue
		}
		sig, ok := fn.Origin().Type().(*types.Signature)
		if !ok {
			continue
		}
		for i := range sig.TypeParams().Len() {
			if a := inst.TypeArgs; sig.TypeParams().At(i) == tp && i < a.Len() && wrappedInterface(c.p, a.At(i)) {
				if !slices.ContainsFunc(out, func(t types.Type) bool { return types.Identical(t, a.At(i)) }) {
					out = append(out, a.At(i))
				}
			}
		}
	}
	return out
}

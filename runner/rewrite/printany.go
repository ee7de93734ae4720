package rewrite

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// A script's value printed through an interface (any, a field of type
// any, a value received from a chan any, a Shape) reaches fmt as the
// interpreter keeps it there, which is not how Go prints it:
//
//   - the interpreter gives a value the methods of its pointer, so fmt
//     calls the String of a P whose String has a pointer receiver, where Go
//     prints the fields;
//   - it keeps a pointer to a type with a value String as a bare pointer,
//     so fmt prints &{...} where Go calls the method;
//   - it hands fmt a value it keeps in its wrapper by reading it again
//     from the frame of the function that prints, where it was not stored
//     (a value received from a chan any, or returned by another function,
//     printed <nil> or another variable's value);
//   - it never calls the String of a field, nor a String promoted from an
//     embedded interface.
//
// So each printed argument of interface type goes through a function of
// the file's own, declared after its last line, that asks the value for
// each type the script declares that Go would print otherwise, by comma-ok
// assertions (which see the value as it was stored), and hands what it
// finds to lift.Show with that type's description, as a value of that
// static type is printed:
//
//	fmt.Println(<-ch)   =>   fmt.Println(_slAny1(<-ch))
//	func _slAny1(x any) any { if v, ok := x.(*V); ok { return lift.Show(v, _slT2) }; ...; return x }
//
// Only types the interpreter keeps apart at run time are asked for (a
// struct type of its own runtime form, or one pass structmark marks, and
// pointers to them); the others stay as the interpreter prints them, and
// runner/refuse refuses what differs of those.

// anyArg hands a, an argument of interface type t printed with v, to the
// file's function that shows the types it may hold.
func (s *shower) anyArg(a ast.Expr, t types.Type, v Verb) {
	if _, param := types.Unalias(t).(*types.TypeParam); param || v.Verb == 'T' || v.Sharp {
		return // %T and %#v of an interface: runner/refuse
	}
	it, ok := t.Underlying().(*types.Interface)
	if !ok {
		return
	}
	if fn := s.anyFunc(it, &v); fn != "" {
		s.e.Insert(a.Pos(), fn+"(")
		s.e.Insert(a.End(), ")")
	}
}

// anyFunc returns the name of the file's function that hands a value of
// the interface type it to lift.Show where it holds one of the types of
// ShownThroughAny, or its pointer, that Go prints with v otherwise than
// the interpreter (any of them where v is nil: an interface inside a
// printed value), declaring it the first time; "" where there are none.
func (s *shower) anyFunc(it *types.Interface, v *Verb) string {
	if s.anyTypes == nil {
		types := ShownThroughAny(s.p.Files, s.p.Types, s.p.Info)
		s.anyTypes = &types
	}
	var asked []types.Type
	var names []string
	for _, tn := range *s.anyTypes {
		for _, c := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if !types.Implements(c, it) || v != nil && !s.needs(c, *v) {
				continue
			}
			name, ok := typeName(s.p, s.f, c, true)
			if !ok {
				continue
			}
			asked = append(asked, c)
			names = append(names, name)
		}
	}
	if len(asked) == 0 {
		return ""
	}
	key := strings.Join(names, " ")
	if fn, ok := s.anyFuncs[key]; ok {
		return fn
	}
	if s.anyFuncs == nil {
		s.anyFuncs = map[string]string{}
	}
	fn := s.e.Name("slAny")
	s.anyFuncs[key] = fn // before the descriptions, which may ask for it
	var cases []string
	for i, c := range asked {
		desc, ok := s.desc(c)
		if !ok {
			continue
		}
		cases = append(cases, "if v, ok := x.("+names[i]+"); ok { return "+s.e.Import(lift.Package)+".Show(v, "+desc+") }")
	}
	s.e.Append("func " + fn + "(x any) any { " + strings.Join(cases, "; ") + "; return x }")
	return fn
}

// spread hands each element of a, a slice spread into the operands of
// fmt.Println or its kin (fmt.Println(xs...)), to anyFunc's function, in
// a copy of the slice.
func (s *shower) spread(a ast.Expr) {
	sl, ok := typeUnder(s.p, a).(*types.Slice)
	if !ok {
		return
	}
	it, ok := sl.Elem().Underlying().(*types.Interface)
	if !ok || !it.Empty() {
		return
	}
	fn := s.anyFunc(it, nil)
	if fn == "" {
		return
	}
	all, ok := s.anyFuncs["..."+fn]
	if !ok {
		all = s.e.Name("slAnys")
		s.anyFuncs["..."+fn] = all
		s.e.Append("func " + all + "(xs []any) []any { out := make([]any, len(xs)); for i, x := range xs { out[i] = " + fn + "(x) }; return out }")
	}
	s.e.Insert(a.Pos(), all+"(")
	s.e.Insert(a.End(), ")")
}

// holdsShown reports whether t is an interface type that may hold a value
// of ShownThroughAny's types: printed inside a value, it goes through
// anyFunc's function. The encoders' descriptions have no such types.
func (s *shower) holdsShown(t types.Type) bool {
	if !s.printing {
		return false
	}
	it, ok := types.Unalias(t).Underlying().(*types.Interface)
	if !ok {
		return false
	}
	if _, param := types.Unalias(t).(*types.TypeParam); param {
		return false
	}
	if s.anyTypes == nil {
		types := ShownThroughAny(s.p.Files, s.p.Types, s.p.Info)
		s.anyTypes = &types
	}
	for _, tn := range *s.anyTypes {
		if types.Implements(tn.Type(), it) || types.Implements(types.NewPointer(tn.Type()), it) {
			return true
		}
	}
	return false
}

// ShownThroughAny returns the types that pkg declares at its top level
// whose values (and pointers) the printing pass, finding them in an
// interface, hands to lift.Show where Go prints them otherwise than the
// interpreter (see needs): those with no Format method, no type
// parameters, not of lift's pool (compiled, printed as Go does), holding
// no type declared inside a function, and told apart from every other
// type of pkg's values at run time.
func ShownThroughAny(files []*ast.File, pkg *types.Package, info *types.Info) []*types.TypeName {
	marks := MarkedStructs(files, pkg, info)
	forms := runtimeForms(pkg, info, marks)
	var out []*types.TypeName
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) || Pooled(tn) {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 {
			continue
		}
		ptr := types.NewPointer(n)
		if methodOf(ptr, "Format") != nil || Involves(n, func(u types.Type) bool { return inFunc(pkg, u) }) {
			continue
		}
		if !alone(forms, pkg, marks, n) || !alone(forms, pkg, marks, ptr) {
			continue
		}
		out = append(out, tn)
	}
	return out
}

// inFunc reports whether t is a type that pkg declares inside a
// function, which a declaration at the file's top level cannot name.
func inFunc(pkg *types.Package, t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() == pkg && n.Obj().Parent() != pkg.Scope()
}

// alone reports whether no other type in forms has t's runtime form.
func alone(forms map[string][]types.Type, pkg *types.Package, marks map[*types.TypeName]string, t types.Type) bool {
	for _, u := range forms[RuntimeForm(pkg, t, marks)] {
		if !types.Identical(u, t) {
			return false
		}
	}
	return true
}

// runtimeForms returns the types of pkg's values and the types it
// declares, but interfaces, by their runtime form in the interpreter.
func runtimeForms(pkg *types.Package, info *types.Info, marks map[*types.TypeName]string) map[string][]types.Type {
	forms := map[string][]types.Type{}
	add := func(t types.Type) {
		if t == nil || types.IsInterface(t) {
			return
		}
		if _, ok := t.(*types.Tuple); ok {
			return
		}
		key := RuntimeForm(pkg, t, marks)
		for _, u := range forms[key] {
			if types.Identical(u, t) {
				return
			}
		}
		forms[key] = append(forms[key], t)
	}
	for _, tv := range info.Types {
		if tv.IsValue() {
			add(tv.Type)
		}
	}
	for _, obj := range info.Defs {
		if tn, ok := obj.(*types.TypeName); ok {
			add(tn.Type())
		}
	}
	return forms
}

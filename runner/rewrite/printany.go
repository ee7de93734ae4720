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
	var cases []string
	var key []string
	if s.anyTypes == nil {
		types := ShownThroughAny(s.p.Files, s.p.Types, s.p.Info)
		s.anyTypes = &types
	}
	for _, tn := range *s.anyTypes {
		for _, c := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if !types.Implements(c, it) || !s.needs(c, v) {
				continue
			}
			name, ok := typeName(s.p, s.f, c, true)
			if !ok {
				continue
			}
			desc, ok := s.desc(c)
			if !ok {
				continue
			}
			cases = append(cases, "if v, ok := x.("+name+"); ok { return "+s.e.Import(lift.Package)+".Show(v, "+desc+") }")
			key = append(key, name)
		}
	}
	if len(cases) == 0 {
		return
	}
	k := strings.Join(key, " ")
	if s.anyFuncs == nil {
		s.anyFuncs = map[string]string{}
	}
	fn, ok := s.anyFuncs[k]
	if !ok {
		fn = s.e.Name("slAny")
		s.anyFuncs[k] = fn
		s.e.Append("func " + fn + "(x any) any { " + strings.Join(cases, "; ") + "; return x }")
	}
	s.e.Insert(a.Pos(), fn+"(")
	s.e.Insert(a.End(), ")")
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

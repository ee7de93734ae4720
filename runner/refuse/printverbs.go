package refuse

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"github.com/socklab/socklab/runner/rewrite"
)

// printfFuncs are the formatting functions, with the index of the format.
var printfFuncs = map[string]int{
	"fmt.Printf": 0, "fmt.Sprintf": 0, "fmt.Errorf": 0, "fmt.Fprintf": 1, "fmt.Appendf": 1,
	"log.Printf": 0, "log.Fatalf": 0, "log.Panicf": 0,
}

// printFuncs format each argument as %v.
var printFuncs = map[string]int{
	"fmt.Print": 0, "fmt.Println": 0, "fmt.Sprint": 0, "fmt.Sprintln": 0, "fmt.Fprint": 1, "fmt.Fprintln": 1,
	"log.Print": 0, "log.Println": 0, "log.Fatal": 0, "log.Fatalln": 0, "log.Panic": 0, "log.Panicln": 0,
}

// printVerbs refuses what fmt would print differently for the types a
// script declares and the rewrite of printing calls (runner/rewrite, which
// hands such arguments to lift.Show) cannot lift: %T and %#v of a value of
// interface type that may hold one of them (its dynamic type is not known
// before the script runs), and, where the verbs are known only at run
// time, what runtimeArgs refuses.
func printVerbs(r *reporter) {
	r.inspect(func(n ast.Node, stack []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		name := r.calleeName(call)
		if first, ok := printFuncs[name]; ok {
			for _, a := range call.Args[min(first, len(call.Args)):] {
				r.checkArg(a, rewrite.Verb{Verb: 'v'}, true)
			}
			return true
		}
		fi, ok := printfFuncs[name]
		if !ok || fi >= len(call.Args) {
			return true
		}
		tv := r.info.Types[call.Args[fi]]
		args := call.Args[fi+1:]
		if tv.Value == nil || tv.Value.Kind() != constant.String {
			if !r.wrappedArgsPrintSame(call, fi, stack) {
				r.runtimeArgs(args, call.Ellipsis.IsValid())
			}
			return true
		}
		format := constant.StringVal(tv.Value)
		if call.Ellipsis.IsValid() && len(args) > 0 {
			// The spread slice's elements, which lift reads as it reads
			// a format known only at run time.
			r.runtimeArgs(args[len(args)-1:], true)
		}
		verbs, ok := rewrite.ParseVerbs(format)
		if !ok {
			// Argument indexes: the rewrite hands the format to lift,
			// which reads it when it runs, as a format that is not a
			// constant; each argument is checked with the verbs that
			// print it.
			for i, vs := range rewrite.ArgVerbs(format, len(args)) {
				for _, v := range vs {
					before := len(r.found)
					r.checkArg(args[i], v, !call.Ellipsis.IsValid())
					if len(r.found) > before {
						break
					}
				}
			}
			return true
		}
		for i, a := range args {
			if i >= len(verbs) {
				// An extra argument, which fmt prints as %!(EXTRA
				// main.P={1}): its type's name, and its value with %v.
				before := len(r.found)
				if r.checkArg(a, rewrite.Verb{Verb: 'T'}, !call.Ellipsis.IsValid()); len(r.found) == before {
					r.checkArg(a, rewrite.Verb{Verb: 'v'}, !call.Ellipsis.IsValid())
				}
				continue
			}
			r.checkArg(a, verbs[i], !call.Ellipsis.IsValid())
		}
		return true
	})
}

// checkArg refuses argument a printed with v; lifted says whether
// runner/rewrite hands the values of ShownThroughAny's types that its
// interfaces hold to lift.Show (not so the elements of a slice spread
// into a format's arguments).
func (r *reporter) checkArg(a ast.Expr, v rewrite.Verb, lifted bool) {
	t := r.typeOf(a)
	if t == nil {
		return
	}
	if v.Verb == 'v' && v.Plus && rewrite.Involves(t, isTypeParam) {
		if name := r.unexportedTypeArg(); name != "" {
			r.refuse(a.Pos(), "%%+v of a value of %s, whose type parameter an instance makes %s, a struct type with unexported fields, prints the interpreter's names of those fields in a generic function or method: print it with %%v, or print its fields one by one", types.TypeString(t, types.RelativeTo(r.pkg)), name)
			return
		}
	}
	if slot := r.methodsInAnySlot(t, lifted); slot != "" && v.Verb != 'T' { // %T prints no value
		r.refuse(a.Pos(), "this value holds values of type %s, where the interpreter keeps a value of %s (a type the script declares with methods) in a form fmt cannot print: print the elements one by one", types.TypeString(t, types.RelativeTo(r.pkg)), slot)
		return
	}
	if !types.IsInterface(t) {
		return
	}
	if isTypeParam(t) && v.Verb != 'T' && !v.Sharp && r.inCopiedBody(a.Pos()) {
		return // each copy prints the instance's type (see rewrite.WrittenOut)
	}
	if e := r.heldInterfaceElems(t); e != nil && !r.declared(t) {
		es := r.typeString(e)
		r.refuse(a.Pos(), "this value of %s may hold a %s, whose elements the interpreter keeps, once they have gone through an interface, in wrappers of its own that fmt prints as structs of pointers and %%T names: print a variable of type %s, or its elements one by one", r.typeString(t), es, es)
		return
	}
	if v.Verb == 'T' || v.Verb == 'v' && v.Sharp {
		if d := r.heldByField(t); d != nil {
			r.refuse(a.Pos(), "%%%s of a %s that may hold a %s names the interpreter's wrapper of it, which holds one of its fields, not %s.%s: print %%%s of a variable of type %s, or store a pointer (&%s{...}) in the %s",
				verbName(v), r.typeString(t), d.Name(), r.pkg.Name(), d.Name(), verbName(v), d.Name(), d.Name(), r.typeString(t))
			return
		}
	}
	if d := r.printedDifferently(t, v); d != nil {
		instead := "print a variable of type " + d.Name()
		if d.Parent() != r.pkg.Scope() {
			instead = "declare " + d.Name() + " at the top level of the file"
		}
		r.refuse(a.Pos(), "this value of interface type may hold a %s, which fmt prints differently in the interpreter when it reaches it as %s: %s", d.Name(), types.TypeString(t, types.RelativeTo(r.pkg)), instead)
		return
	}
	if !r.showsType(t) || r.namedInAny(t) {
		return
	}
	switch {
	case v.Verb == 'T':
		r.refuse(a.Pos(), "%%T of a value of interface type that may hold a type the script declares prints the interpreter's own type: print the value's concrete type with a type switch, or %%T of a variable of that type")
	case v.Verb == 'v' && v.Sharp:
		r.refuse(a.Pos(), "%%#v of a value of interface type that may hold a type the script declares prints the interpreter's own type name: use %%+v, or %%#v of a variable of the concrete type")
	}
}

// isTypeParam reports whether t is a type parameter.
func isTypeParam(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.TypeParam)
	return ok
}

// showsType reports whether printing t with %T or %#v would name a type
// the script declares: t involves one, or t is an interface and the script
// declares types that could be in it.
func (r *reporter) showsType(t types.Type) bool {
	if rewrite.Involves(t, r.declared) {
		return true
	}
	if _, ok := t.Underlying().(*types.Interface); ok && r.pkg != nil {
		return r.heldDeclared(t)
	}
	return false
}

// methodsInAnySlot returns the name of a type the script declares with
// methods, if t holds values of an empty interface type below its top
// level (a []any, a map[string]any, a struct field of type any): the
// interpreter keeps such a value there in a wrapper of its own, which fmt
// prints as a struct of pointers. Where lifted, a type of
// rewrite.ShownThroughAny is printed as Go prints it. It returns ""
// otherwise.
func (r *reporter) methodsInAnySlot(t types.Type, lifted bool) string {
	nested := false
	rewrite.Involves(t, func(u types.Type) bool {
		if _, param := types.Unalias(u).(*types.TypeParam); param && !r.typeArgsWithMethods() {
			return false // an instance's type, which fmt prints as Go does
		}
		if u != t {
			if i, ok := u.Underlying().(*types.Interface); ok && i.Empty() {
				nested = true
				return true
			}
		}
		return false
	})
	if !nested {
		return ""
	}
	scope := r.pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		if lifted && r.shownThroughAny(tn.Name()) {
			continue
		}
		if types.NewMethodSet(types.NewPointer(tn.Type())).Len() > 0 && !rewrite.Pooled(tn) {
			if lifted && r.copiedInstances(tn) {
				continue
			}
			return tn.Name() // a type of lift's pool is compiled, which fmt prints as Go does
		}
	}
	return ""
}

// copiedInstances reports whether tn is a generic type whose instances
// runner/rewrite writes out as plain types (see rewrite.CopiedInstances),
// each of which, and a pointer to it, it hands to lift.Show where an
// interface holds it, so that fmt prints it as Go does.
func (r *reporter) copiedInstances(tn *types.TypeName) bool {
	n, ok := tn.Type().(*types.Named)
	if !ok || n.TypeParams().Len() == 0 {
		return false
	}
	if r.copied == nil {
		r.copied = map[*types.TypeName]bool{}
	}
	if c, ok := r.copied[tn]; ok {
		return c
	}
	c := rewrite.CopiedInstances(r.fset, r.files, r.pkg, r.info, tn)
	r.copied[tn] = c
	return c
}

// typeArgsWithMethods reports whether the package instantiates a generic
// type or function with a type argument that holds an interface or a type
// the script declares with methods: where none does, a type parameter
// inside a printed value ([]T of a Stack[int]) stands in each instance,
// which the interpreter builds for the instance's types, for a type whose
// values fmt prints as Go does.
func (r *reporter) typeArgsWithMethods() bool {
	if r.argsWithMethods == nil {
		found := r.typeArgHolds(func(u types.Type) bool {
			if types.IsInterface(u) {
				return true
			}
			n, ok := types.Unalias(u).(*types.Named)
			return ok && r.declared(u) && !rewrite.Pooled(n.Obj()) && types.NewMethodSet(types.NewPointer(u)).Len() > 0
		})
		r.argsWithMethods = &found
	}
	return *r.argsWithMethods
}

// typeArgHolds reports whether a type argument of an instance that the
// package makes holds a type for which pred is true (a type parameter
// aside).
func (r *reporter) typeArgHolds(pred func(types.Type) bool) bool {
	for _, inst := range r.info.Instances {
		for i := range inst.TypeArgs.Len() {
			if rewrite.Involves(inst.TypeArgs.At(i), func(u types.Type) bool {
				_, param := types.Unalias(u).(*types.TypeParam)
				return !param && pred(u)
			}) {
				return true
			}
		}
	}
	return false
}

// unexportedTypeArg returns the name of a struct type the script declares
// with unexported fields that a type argument of an instance the package
// makes holds, or "": the interpreter names those fields otherwise (Xx
// for x), and a generic function's %+v of a type parameter, which pass
// printing cannot hand to lift.Show, prints its names.
func (r *reporter) unexportedTypeArg() string {
	name := ""
	r.typeArgHolds(func(u types.Type) bool {
		st, ok := u.Underlying().(*types.Struct)
		if !ok || !r.declared(u) {
			return false
		}
		for i := range st.NumFields() {
			if !st.Field(i).Exported() {
				name = u.(*types.Named).Obj().Name()
				return true
			}
		}
		return false
	})
	return name
}

// shownThroughAny reports whether the type of this name is one that
// runner/rewrite hands to lift.Show where a printed interface holds it,
// and a pointer to it too (see rewrite.ShownThroughAny), so that fmt
// prints it as Go does.
func (r *reporter) shownThroughAny(name string) bool {
	if r.anyShown == nil {
		r.anyShown = map[string]bool{}
		cases := map[string]int{}
		for _, c := range rewrite.ShownThroughAny(r.files, r.pkg, r.info) {
			t := c.Type
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem()
			}
			n := t.(*types.Named).Obj().Name()
			if cases[n]++; cases[n] == 2 {
				r.anyShown[n] = true // the type and its pointer
			}
		}
	}
	return r.anyShown[name]
}

// namedInAny reports whether every type the script declares that a value
// of the interface type t may hold (or a pointer to it) is one that
// runner/rewrite asks t for where %T or %#v prints it (a type of
// rewrite.ShownThroughAny or of lift's pool), so that fmt names it as Go
// does (see rewrite.HeldNames).
func (r *reporter) namedInAny(t types.Type) bool {
	if r.heldNames == nil {
		r.heldNames = rewrite.NewHeldNames(r.files, r.pkg, r.info)
		r.anyCases = r.heldNames.Cases
	}
	return r.heldNames.Named(t)
}

// typeNames returns the types the package declares: at its top level, in
// the order of their names, then inside functions, in the order of their
// declarations.
func (r *reporter) typeNames() []*types.TypeName {
	if r.heldNames != nil {
		return r.heldNames.Declared
	}
	return rewrite.DeclaredTypeNames(r.pkg, r.info)
}

// printedDifferently returns a type the script declares (at the top level
// or inside a function) that the interface type t may hold and that fmt
// prints with v differently in the interpreter, which hands it over as a
// value of its own making: one that holds a type with a String or Error
// method below its top level, or unexported fields under %+v, or has such
// a method and is printed with a verb that does not call it. It returns
// nil where there is none.
func (r *reporter) printedDifferently(t types.Type, v rewrite.Verb) *types.TypeName {
	it, ok := t.Underlying().(*types.Interface)
	if !ok || v.Verb == 'T' || v.Sharp {
		return nil // left to the checks of %T and %#v
	}
	for _, tn := range r.typeNames() {
		if tn.IsAlias() || types.IsInterface(tn.Type()) || rewrite.Pooled(tn) {
			continue // a type of lift's pool is compiled, which fmt prints as Go does
		}
		if !v.Star && v.Verb != 'w' && v.Verb != 'p' && tn.Parent() == r.pkg.Scope() && r.shownThroughAny(tn.Name()) {
			continue // runner/rewrite hands it to lift.Show
		}
		d := tn.Type()
		if !types.Implements(d, it) && !types.Implements(types.NewPointer(d), it) {
			continue
		}
		top := hasMethod(d, "String") || hasMethod(d, "Error")
		nested := rewrite.Involves(d.Underlying(), func(u types.Type) bool {
			return r.declared(u) && !r.pooled(u) && (hasMethod(u, "String") || hasMethod(u, "Error"))
		})
		switch {
		case nested && !top,
			top && !strings.ContainsRune("vsqxXwp", v.Verb),
			v.Plus && !top && unexportedField(r, d) != "":
			return tn
		}
	}
	return nil
}

// heldByField returns a struct type the package declares, with methods of
// value receivers that implement t, an interface of Go's library other
// than error (fmt.Stringer), if it declares one: the interpreter keeps a
// value of it stored as t in a wrapper of its own that holds one of the
// struct's fields, whose type %T and %#v name (gostd._fmt_Stringer). A
// pointer, an error's value and a fmt.Stringer's that the wrapper gives
// back (see selfInStringer), runner/rewrite finds in the wrapper
// (lift.Printed); types of lift's pool are compiled.
func (r *reporter) heldByField(t types.Type) *types.TypeName {
	if !r.libraryInterface(t) || types.Identical(t, types.Universe.Lookup("error").Type()) {
		return nil
	}
	it := t.Underlying().(*types.Interface)
	scope := r.pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || rewrite.Pooled(tn) {
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); ok && st.NumFields() > 0 && types.Implements(tn.Type(), it) && !selfInStringer(r.pkg, t, tn.Type()) && !selfInAddr(r.pkg, t, tn.Type()) {
			return tn
		}
	}
	return nil
}

// selfInAddr reports whether the interpreter's wrapper of a value of s,
// a type of pkg, stored as t gives the value back to printing: t is
// net.Addr, whose wrapper gostd picks for a value with the method
// lift.SelfMethod (see selfInStringer), where the script's printing
// functions ask it for the value.
func selfInAddr(pkg *types.Package, t, s types.Type) bool {
	if !isNamed(t, "net", "Addr") {
		return false
	}
	name, ok := rewrite.SelfTyped(nil, pkg, s)
	return ok && name != ""
}

// verbName spells v's verb as the format writes it: T, or #v.
func verbName(v rewrite.Verb) string {
	if v.Verb == 'T' {
		return "T"
	}
	return "#v"
}

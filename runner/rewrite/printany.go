package rewrite

import (
	"go/ast"
	"go/types"
	"maps"
	"slices"
	"strconv"
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
// Only types the interpreter keeps apart at run time are asked for: a
// type of a runtime form of its own (a struct type, or one pass
// structmark marks) or a pointer to one, and, only where the value is in
// the interpreter's wrapper (lift.Wrapped), a type with a String, Error
// or other method Go's library looks for, or a pointer to a type with a
// method of a pointer receiver (type Names []string, beside a []string
// that the interpreter keeps bare). The others stay as the interpreter
// prints them, and runner/refuse refuses what differs of those.

// anyArg hands a, an argument of interface type t printed with v, to the
// file's function that shows the types it may hold; with %T, to the one
// that names them (the verb becomes %s), in a format written as a string
// literal lit.
func (s *shower) anyArg(a ast.Expr, t types.Type, v Verb, lit *ast.BasicLit) {
	if _, param := types.Unalias(t).(*types.TypeParam); param {
		return
	}
	it, ok := t.Underlying().(*types.Interface)
	if !ok {
		return
	}
	fn := ""
	if v.Verb == 'T' {
		fn = s.typeFunc(it)
		if fn != "" && (lit == nil || !s.retype(lit, v)) {
			s.e.Refuse(a.Pos(), "%%T of a value that may hold a type the script declares needs the format written as a string literal here: socklab prints the type's name for it")
			return
		}
	} else {
		s.askAll = wrapperPrinted(s.p, t)
		s.asked = nil
		fn = s.anyFunc(it, &v)
		if s.askAll {
			s.unaskable(a, t, it)
		}
		s.askAll = false
		if one, other := fieldlessPair(s.asked); one != nil {
			s.e.Refuse(a.Pos(), "the interpreter makes %s and %s one type at run time (struct types of no fields; it keeps no type names), so fmt could print a value of one with the other's methods here: give %s a field of its own", types.TypeString(one, types.RelativeTo(s.p.Types)), types.TypeString(other, types.RelativeTo(s.p.Types)), types.TypeString(one, types.RelativeTo(s.p.Types)))
			return
		}
	}
	if fn != "" {
		s.e.Insert(a.Pos(), fn+"(")
		s.e.Insert(a.End(), ")")
	}
}

// unaskable refuses a, of an interface t of Go's library whose wrapper fmt
// would print (see wrapperPrinted), where a type the package declares
// implements t and anyFunc could not ask for it (its runtime form is
// another type's too, as type byLen []string is []string's, or it is
// declared inside a function).
func (s *shower) unaskable(a ast.Expr, t types.Type, it *types.Interface) {
	scope := s.p.Types.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		for _, c := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if !types.Implements(c, it) || slices.ContainsFunc(s.asked, func(x types.Type) bool { return types.Identical(x, c) }) {
				continue
			}
			s.e.Refuse(a.Pos(), "the interpreter hands fmt a %s held as %s in a wrapper of its own, whose fields fmt would print, and socklab cannot tell it apart from other values of its form here: print the value as its own type (%s(x), or a variable of type %s)", types.TypeString(c, types.RelativeTo(s.p.Types)), types.TypeString(t, types.RelativeTo(s.p.Types)), types.TypeString(c, types.RelativeTo(s.p.Types)), types.TypeString(c, types.RelativeTo(s.p.Types)))
			return
		}
	}
}

// wrapperPrinted reports whether t is an interface of Go's library with
// methods other than error and fmt.Stringer (io.Writer, sort.Interface,
// http.Handler), whose wrapper the interpreter hands fmt for a script's
// value it holds: the wrapper has none of the methods fmt calls, so fmt
// printed its fields ({[1 2 3] 0x544260 0x544260 0x544260} for an ints
// held as a sort.Interface, where Go prints [1 2 3]). Every script type
// that implements it is asked for then, whatever the verb.
func wrapperPrinted(p *Package, t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg() == p.Types || slices.Contains(p.Script, n.Obj().Pkg()) {
		return false
	}
	it, ok := n.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return false
	}
	name := n.Obj().Pkg().Path() + "." + n.Obj().Name()
	return name != "fmt.Stringer"
}

// loadAnyTypes sets s.anyTypes, the first time: ScriptShownThroughAny's
// types, of the script's other packages too where their syntax is known
// (Package.Peers); where not, those of the other packages that the
// interpreter keeps in its wrapper, whose values' runtime forms are not
// known here.
func (s *shower) loadAnyTypes() {
	if s.anyTypes != nil {
		return
	}
	pkgs := append([]Checked{{Files: s.p.Files, Types: s.p.Types, Info: s.p.Info}}, s.p.Peers...)
	var cases []AnyCase
	s.hidden = map[*types.Package][]AnyCase{}
	copies := s.p.copies
	if copies == nil {
		copies = &genericCopies{} // the type checker's instances alone
	}
	for _, c := range scriptCases(pkgs, copies) {
		if tn := caseType(c); tn.Pkg() == s.p.Types || tn.Exported() {
			cases = append(cases, c)
		} else {
			s.hidden[tn.Pkg()] = append(s.hidden[tn.Pkg()], c)
		}
	}
	for _, c := range s.p.Peers {
		for _, pc := range pooledCases(c.Types) {
			if tn := caseType(pc); tn.Exported() {
				s.pooled = append(s.pooled, pc)
			} else {
				s.hidden[tn.Pkg()] = append(s.hidden[tn.Pkg()], pc)
			}
		}
	}
	cases = append(cases, compositeCases(pkgs, slices.Concat(cases, pooledCases(s.p.Types), s.pooled))...)
	for _, pkg := range s.p.Script {
		known := slices.ContainsFunc(pkgs, func(c Checked) bool { return c.Types == pkg })
		if !known {
			cases = append(cases, wrappedCases(pkg)...)
		}
	}
	s.anyTypes = &cases
}

// wrappedCases returns the types that pkg, another package of the script,
// declares at its top level, and pointers to them, that the interpreter
// keeps in its wrapper in an interface (see wrappedInAny), but for those
// that ShownThroughAny leaves out whatever their form.
func wrappedCases(pkg *types.Package) []AnyCase {
	var out []AnyCase
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || !tn.Exported() || tn.IsAlias() || types.IsInterface(tn.Type()) || Pooled(tn) {
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
		for _, t := range []types.Type{n, ptr} {
			if wrappedInAny(t) {
				out = append(out, AnyCase{Type: t, Wrapped: true})
			}
		}
	}
	return out
}

// pooledCases returns the types of lift's pool that pkg declares, and
// pointers to them, which fmt prints as Go does but for their names
// (%T, %#v): compiled types, told apart by assertions.
func pooledCases(pkg *types.Package) []AnyCase {
	var out []AnyCase
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() && Pooled(tn) {
			out = append(out, AnyCase{Type: tn.Type()}, AnyCase{Type: types.NewPointer(tn.Type())})
		}
	}
	return out
}

// typeFunc returns the name of the file's function that names a value of
// the interface type it as %T names it under Go, where it holds one of
// ShownThroughAny's types or of lift's pool, declaring it the first time;
// "" where it can hold none.
func (s *shower) typeFunc(it *types.Interface) string {
	s.loadAnyTypes()
	foreign := s.foreign
	s.foreign = true
	defer func() { s.foreign = foreign }()
	var asked []AnyCase
	var names []string
	for _, c := range slices.Concat(*s.anyTypes, pooledCases(s.p.Types), s.pooled) {
		if !types.Implements(c.Type, it) || s.ownInstance(c.Type) {
			continue
		}
		name, ok := s.askedTypeName(c.Type)
		if !ok {
			continue
		}
		asked = append(asked, c)
		s.asked = append(s.asked, c.Type)
		names = append(names, name)
	}
	hidden := s.hiddenAsks(it, nil, hiddenName)
	if len(asked) == 0 && len(hidden) == 0 {
		return ""
	}
	key := "%T " + strings.Join(append(names, hidden...), " ")
	if fn, ok := s.anyFuncs[key]; ok {
		return fn
	}
	if s.anyFuncs == nil {
		s.anyFuncs = map[string]string{}
	}
	fn := s.e.Name("slType")
	s.anyFuncs[key] = fn
	pkg := s.e.Import(lift.Package)
	cases := hidden
	var wrapped, fromHeld []string
	for i, c := range asked {
		desc, ok := s.desc(c.Type)
		if !ok {
			continue
		}
		ask := func(x string) string {
			return "if v, ok := " + assertExact(s.p, s.e, x, c.Type, names[i]) + "; ok { return " + pkg + ".TypeName(v, " + desc + ") }"
		}
		if c.Wrapped {
			wrapped = append(wrapped, ask("x"))
			cases = append(cases, s.namedAsk(c.Type, ask)...)
		} else if fieldless(c.Type) {
			// x, bare; h, the value a library interface's wrapper held
			// (held in its turn where it has no fields, see lift.Printed)
			cases = append(cases, ask("x"), ask("h"))
		} else {
			fromHeld = append(fromHeld, ask("h"))
		}
	}
	if len(fromHeld) > 0 {
		// only where h holds a struct with fields: asked of one of none
		// (a fieldless type that implements it too), h panicked
		cases = append(cases, "if !"+pkg+".HeldEmpty(h) { "+strings.Join(fromHeld, "; ")+" }")
	}
	if len(wrapped) > 0 {
		cases = append(cases, "if "+pkg+".Wrapped(x) { "+strings.Join(wrapped, "; ")+" }")
	}
	s.e.Append("func " + fn + "(x any) string { " + nilFirst("return "+pkg+".TypeName(nil, nil)") + "h := " + pkg + ".Printed(x); " + strings.Join(cases, "; ") + "; return " + pkg + ".TypeName(h, nil) }")
	return fn
}

// anyFunc returns the name of the file's function that hands a value of
// the interface type it to lift.Show where it holds one of the types of
// ShownThroughAny, or its pointer, that Go prints with v otherwise than
// the interpreter (any of them where v is nil: an interface inside a
// printed value), declaring it the first time; "" where there are none.
func (s *shower) anyFunc(it *types.Interface, v *Verb) string {
	s.loadAnyTypes()
	foreign := s.foreign
	s.foreign = true
	defer func() { s.foreign = foreign }()
	all := *s.anyTypes
	if v != nil && v.Sharp || s.askAll {
		all = slices.Concat(all, pooledCases(s.p.Types), s.pooled) // %#v names them, a wrapper hides them
	} else if v != nil && v.Verb != 'v' {
		for _, c := range slices.Concat(pooledCases(s.p.Types), s.pooled) {
			if !verbFits(c.Type, v.Verb) {
				all = append(all[:len(all):len(all)], c) // a bad verb names them: %!s(main.Code=3)
			}
		}
	}
	var asked []AnyCase
	var names []string
	for _, c := range all {
		if !types.Implements(c.Type, it) || v != nil && !s.askAll && !s.needs(c.Type, *v) || s.ownInstance(c.Type) {
			continue
		}
		name, ok := s.askedTypeName(c.Type)
		if !ok {
			continue
		}
		asked = append(asked, c)
		s.asked = append(s.asked, c.Type)
		names = append(names, name)
		if c.Wrapped {
			names[len(names)-1] += "(wrapped)"
		}
	}
	hidden := s.hiddenAsks(it, v, hiddenShow)
	if len(asked) == 0 && len(hidden) == 0 {
		return ""
	}
	key := strings.Join(append(names, hidden...), " ")
	if fn, ok := s.anyFuncs[key]; ok {
		return fn
	}
	if s.anyFuncs == nil {
		s.anyFuncs = map[string]string{}
	}
	fn := s.e.Name("slAny")
	s.anyFuncs[key] = fn // before the descriptions, which may ask for it
	pkg := s.e.Import(lift.Package)
	cases := hidden
	var wrapped, named, fromHeld []string
	for _, c := range asked {
		desc, ok := s.desc(c.Type)
		if !ok {
			continue
		}
		name, _ := s.askedTypeName(c.Type)
		ask := func(x string) string {
			return "if v, ok := " + assertExact(s.p, s.e, x, c.Type, name) + "; ok { return " + pkg + ".Show(v, " + desc + ") }"
		}
		if c.Wrapped {
			wrapped = append(wrapped, ask("x"))
			named = append(named, s.namedAsk(c.Type, ask)...)
		} else if fieldless(c.Type) {
			cases = append(cases, ask("x"))
		} else {
			fromHeld = append(fromHeld, ask("h"))
		}
	}
	held := ""
	if len(fromHeld) > 0 {
		// after the cases that ask x, and only where h holds a struct
		// with fields: asked of one of none, h panicked
		held = "h := " + pkg + ".Printed(x); "
		cases = append(cases, "if !"+pkg+".HeldEmpty(h) { "+strings.Join(fromHeld, "; ")+" }")
	}
	if len(wrapped) > 0 {
		// Asked for only in the interpreter's wrapper, where the value of
		// another type of the same runtime form is not, or by the name
		// its SelfMethod gives in a wrapper of Go's library.
		cases = append(cases, named...)
		cases = append(cases, "if "+pkg+".Wrapped(x) { "+strings.Join(wrapped, "; ")+" }")
	}
	// What no case shows may hold the interpreter's wrappers of a
	// script's interface (an []Item kept as a Bundle that is an []Item's
	// lookalike), which lift.ShowHeld prints by what they hold.
	s.e.Append("func " + fn + "(x any) any { " + nilFirst("return nil") + held + strings.Join(cases, "; ") + "; return " + pkg + ".ShowHeld(x, " + fn + ") }")
	return fn
}

// namedAsk returns ask's comma-ok assertion to t, which printing asks
// only in the interpreter's wrapper (see AnyCase.Wrapped), of what
// lift.SelfNamed takes out of a wrapper whose SelfMethod names t: a
// wrapper of Go's library (a fmt.Stringer) keeps a value of t bare,
// without the interpreter's wrapper. None where t's values have no method
// of that name (see SelfTyped).
func (s *shower) namedAsk(t types.Type, ask func(x string) string) []string {
	name, ok := SelfTyped(s.p.Script, s.p.Types, t)
	if !ok || name == "" {
		return nil
	}
	return []string{ask(s.e.Import(lift.Package) + ".SelfNamed(x, " + strconv.Quote(name) + ")")}
}

// spread hands each element of a, a slice spread into the operands of
// fmt.Println or its kin (fmt.Println(xs...)), to anyFunc's function for
// v (nil: %v of each), in a copy of the slice.
func (s *shower) spread(a ast.Expr, v *Verb) {
	sl, ok := typeUnder(s.p, a).(*types.Slice)
	if !ok {
		return
	}
	it, ok := sl.Elem().Underlying().(*types.Interface)
	if !ok || !it.Empty() {
		return
	}
	if all := s.spreadFunc(it, v); all != "" {
		s.e.Insert(a.Pos(), all+"(")
		s.e.Insert(a.End(), ")")
	}
}

// spreadFunc returns the name of the file's function that hands each
// element of a []any spread into a printing call to anyFunc's function
// for it and v, declaring it the first time; "" where there is none.
func (s *shower) spreadFunc(it *types.Interface, v *Verb) string {
	fn := s.anyFunc(it, v)
	if fn == "" {
		return ""
	}
	all, ok := s.anyFuncs["..."+fn]
	if !ok {
		all = s.e.Name("slAnys")
		s.anyFuncs["..."+fn] = all
		s.e.Append("func " + all + "(xs []any) []any { out := make([]any, len(xs)); for i, x := range xs { out[i] = " + fn + "(x) }; return out }")
	}
	return all
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
	s.loadAnyTypes()
	for _, c := range *s.anyTypes {
		if types.Implements(c.Type, it) {
			return true
		}
	}
	return len(s.hiddenAsks(it, nil, hiddenShow)) > 0
}

// An AnyCase is a type whose values pass printing asks an interface for.
type AnyCase struct {
	Type types.Type // a type pkg declares, or a pointer to one
	// Wrapped says the interpreter tells it apart from another type of
	// pkg's values only as the value it keeps in its wrapper in an
	// interface (lift.Wrapped), where the other is kept bare.
	Wrapped bool
}

// ShownThroughAny returns the types that pkg declares at its top level,
// and the pointers to them, whose values the printing pass, finding them
// in an interface, hands to lift.Show where Go prints them otherwise than
// the interpreter (see needs): those of types with no type parameters,
// not of lift's pool (compiled, printed as Go does),
// holding no type declared inside a function, and told apart from every
// other type of pkg's values at run time: by their runtime form, or as
// the interpreter's wrapper, which holds a value of a type with a method
// Go's library looks for in an any, and a pointer to a type with a method
// of a pointer receiver.
func ShownThroughAny(files []*ast.File, pkg *types.Package, info *types.Info) []AnyCase {
	return ScriptShownThroughAny([]Checked{{Files: files, Types: pkg, Info: info}})
}

// A Checked is a type-checked package of a script: its files, and what
// go/types learned of them.
type Checked struct {
	Files []*ast.File
	Types *types.Package
	Info  *types.Info
}

// ScriptShownThroughAny is ShownThroughAny of pkgs[0] in a script whose
// packages are pkgs: the types it declares, and the exported ones of the
// script's other packages (a lesson's game.Move), each told apart at run
// time from every other type of the values of all of them, whose types
// the interpreter makes in one run (a struct type of game's and a struct
// literal of main's of the same fields are one type).
func ScriptShownThroughAny(pkgs []Checked) []AnyCase {
	var out []AnyCase
	for _, c := range scriptCases(pkgs, nil) {
		if tn := caseType(c); tn.Pkg() == pkgs[0].Types || tn.Exported() {
			out = append(out, c)
		}
	}
	return out
}

// scriptCases is ScriptShownThroughAny with the unexported types of the
// other packages too; with copies, the instances of the package's generic
// types too (a Box[int] held in an any, whose String fmt did not call),
// which the printing pass asks for: those the type checker names, and
// those that the generic functions it calls make in turn, which copies
// holds (see genericCopies).
func scriptCases(pkgs []Checked, copies *genericCopies) []AnyCase {
	var all []*types.Package
	marks := map[*types.TypeName]string{}
	for _, c := range pkgs {
		all = append(all, c.Types)
		maps.Copy(marks, MarkedStructs(c.Files, c.Types, c.Info))
	}
	form := func(t types.Type) string { return scriptForm(all, t, marks) }
	forms := map[string][]types.Type{}
	for _, c := range pkgs {
		addForms(forms, form, c.Info)
		if importsPath(c.Types, "encoding/json") {
			addLibraryMade(forms, form)
		}
	}
	if copies != nil {
		for _, gc := range copies.list {
			addForm(forms, form, gc.inst)
			addForm(forms, form, types.NewPointer(gc.inst))
		}
	}
	local := func(u types.Type) bool {
		return slices.ContainsFunc(all, func(q *types.Package) bool { return inFunc(q, u) })
	}
	var out []AnyCase
	for _, c := range pkgs {
		scope := c.Types.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) || Pooled(tn) {
				continue
			}
			n, ok := tn.Type().(*types.Named)
			if !ok {
				continue
			}
			named := []*types.Named{n}
			if n.TypeParams().Len() > 0 {
				if copies == nil || c.Types != pkgs[0].Types {
					continue
				}
				named = instances(c.Info, n)
				for _, gc := range copies.list {
					if gc.inst.Origin() == n.Origin() && !hasTypeParam(gc.inst) && !slices.ContainsFunc(named, func(o *types.Named) bool { return types.Identical(o, gc.inst) }) {
						named = append(named, gc.inst)
					}
				}
			}
			for _, n := range named {
				ptr := types.NewPointer(n)
				if Involves(n, local) {
					continue
				}
				for _, t := range []types.Type{n, ptr} {
					if alone(forms, form, t) {
						out = append(out, AnyCase{Type: t})
					} else if wrappedInAny(t) && (n.TypeArgs().Len() == 0 || aloneWrapped(forms, form, t)) {
						out = append(out, AnyCase{Type: t, Wrapped: true})
					}
				}
			}
		}
	}
	return out
}

// instances returns the instances of the generic type g that info's
// package makes with type arguments of no type parameter (Box[int], not
// the Box[T] of Box's own methods), each once, in the order of their
// first use.
func instances(info *types.Info, g *types.Named) []*types.Named {
	var ids []*ast.Ident
	for id, inst := range info.Instances {
		if n, ok := inst.Type.(*types.Named); ok && n.Origin() == g.Origin() && !hasTypeParam(n) {
			ids = append(ids, id)
		}
	}
	slices.SortFunc(ids, func(a, b *ast.Ident) int { return int(a.Pos() - b.Pos()) })
	var out []*types.Named
	for _, id := range ids {
		n := info.Instances[id].Type.(*types.Named)
		if !slices.ContainsFunc(out, func(o *types.Named) bool { return types.Identical(o, n) }) {
			out = append(out, n)
		}
	}
	return out
}

// caseType returns the type that c's type, or the pointer c's type is,
// names.
func caseType(c AnyCase) *types.TypeName {
	t := c.Type
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	return t.(*types.Named).Obj()
}

// wrappedInAny reports whether the interpreter keeps a value of t, a
// defined type or a pointer to one, in an empty interface in its wrapper
// always: a value whose type has a method Go's library looks for in an
// any (which pass ifaceconv never converts explicitly), a pointer to a
// type with a method of a pointer receiver. It keeps other pointers bare.
func wrappedInAny(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		n, ok := types.Unalias(p.Elem()).(*types.Named)
		if !ok {
			return false
		}
		for i := range n.NumMethods() {
			if _, ptr := n.Method(i).Type().(*types.Signature).Recv().Type().(*types.Pointer); ptr {
				return true
			}
		}
		return false
	}
	ms := types.NewMethodSet(types.NewPointer(t))
	for i := range ms.Len() {
		if calledThroughAny()[ms.At(i).Obj().Name()] {
			return true
		}
	}
	return false
}

// inFunc reports whether t is a type that pkg declares inside a
// function, which a declaration at the file's top level cannot name.
func inFunc(pkg *types.Package, t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() == pkg && n.Obj().Parent() != pkg.Scope()
}

// alone reports whether no other type in forms has t's runtime form.
func alone(forms map[string][]types.Type, form func(types.Type) string, t types.Type) bool {
	for _, u := range forms[form(t)] {
		if !types.Identical(u, t) {
			return false
		}
	}
	return true
}

// addLibraryMade adds to forms the types encoding/json makes of what it
// decodes into an interface, map[string]any and []any, which no type of
// the package's values need name: a script's type Config map[string]any
// is one type with them in the interpreter.
func addLibraryMade(forms map[string][]types.Type, form func(types.Type) string) {
	for _, empty := range []types.Type{types.Universe.Lookup("any").Type(), types.NewInterfaceType(nil, nil)} {
		addForm(forms, form, types.NewMap(types.Typ[types.String], empty))
		addForm(forms, form, types.NewSlice(empty))
	}
}

// importsPath reports whether pkg imports the package of path.
func importsPath(pkg *types.Package, path string) bool {
	return slices.ContainsFunc(pkg.Imports(), func(q *types.Package) bool { return q.Path() == path })
}

// addForms adds to forms the types of info's values and the types it
// declares, but interfaces, by their runtime form in the interpreter.
func addForms(forms map[string][]types.Type, form func(types.Type) string, info *types.Info) {
	add := func(t types.Type) { addForm(forms, form, t) }
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
}

// aloneWrapped reports whether t, an instance of a generic type or a
// pointer to one, is the only type of its runtime form that the
// interpreter keeps in its wrapper in an any: pass structmark marks no
// instance, so Box[int] and PBox[int], each with a String, would be one
// type there, where List[int] beside a bare []int is told apart.
func aloneWrapped(forms map[string][]types.Type, form func(types.Type) string, t types.Type) bool {
	for _, u := range forms[form(t)] {
		if !types.Identical(u, t) && wrappedInAny(u) {
			return false
		}
	}
	return true
}

// addForm adds t to forms by its runtime form, once; an interface or a
// tuple it leaves out.
func addForm(forms map[string][]types.Type, form func(types.Type) string, t types.Type) {
	if t == nil || types.IsInterface(t) {
		return
	}
	if _, ok := t.(*types.Tuple); ok {
		return
	}
	key := form(t)
	for _, u := range forms[key] {
		if types.Identical(u, t) {
			return
		}
	}
	forms[key] = append(forms[key], t)
}

// verbFits reports whether fmt prints a value of type t, a type of lift's
// pool or a pointer to one, with verb without calling it a bad verb,
// which names the value's type (%!d(main.Name=ann)).
func verbFits(t types.Type, verb rune) bool {
	if _, ok := t.Underlying().(*types.Pointer); ok {
		return strings.ContainsRune("vpbdoxX", verb)
	}
	b, ok := t.Underlying().(*types.Basic)
	if !ok {
		return true // []byte: every verb of a slice
	}
	switch i := b.Info(); {
	case i&types.IsBoolean != 0:
		return strings.ContainsRune("vt", verb)
	case i&types.IsInteger != 0:
		return strings.ContainsRune("vbcdoOqxXU", verb)
	case i&(types.IsFloat|types.IsComplex) != 0:
		return strings.ContainsRune("vbgGxXfFeE", verb)
	case i&types.IsString != 0:
		return strings.ContainsRune("vsxXq", verb)
	}
	return true
}

// nilFirst is the first statement of a printing function of x, an any,
// that does ret where x is nil: the interpreter keeps a nil of an
// interface the script declares (a Shape), converted to the any, as its
// wrapper of nothing, which its == nil finds nil but which it could not
// hand to lift (a nil value was used) nor assert to a type.
func nilFirst(ret string) string { return "if x == nil { " + ret + " }; " }

// fieldlessPair returns two named struct types of no fields among asked
// (or pointers to them) with methods that fmt calls, which the
// interpreter makes one type, so that printing cannot ask for one without
// finding the other; nil where there are fewer.
func fieldlessPair(asked []types.Type) (one, other types.Type) {
	for _, t := range asked {
		if ptr, ok := t.Underlying().(*types.Pointer); ok {
			t = ptr.Elem()
		}
		if _, named := types.Unalias(t).(*types.Named); !named || !fieldless(t) || !printsItself(t) {
			continue
		}
		switch {
		case one == nil:
			one = t
		case !types.Identical(one, t):
			return one, t
		}
	}
	return nil, nil
}

// printsItself reports whether t or its pointer has a method that fmt
// calls to print it.
func printsItself(t types.Type) bool {
	ms := types.NewMethodSet(types.NewPointer(t))
	for _, name := range []string{"String", "Error", "Format", "GoString"} {
		if ms.Lookup(nil, name) != nil {
			return true
		}
	}
	return false
}

// fieldless reports whether t is a struct type of no fields (type Tick
// struct{}), or a pointer to one, whose value the printing function of %v
// asks x itself for: what
// lift.Printed takes out of the interpreter's wrapper (of a []any's
// element, a value received from a chan any) is the interpreter's own
// wrapper of the value, whose assertion in the interpreter read the first
// field of the struct and panicked (reflect: Field index out of bounds),
// where the interpreter's assertion of x finds the value.
func fieldless(t types.Type) bool {
	if ptr, ok := t.Underlying().(*types.Pointer); ok {
		t = ptr.Elem() // asked of a value of the struct, h would read its field too
	}
	st, ok := t.Underlying().(*types.Struct)
	return ok && st.NumFields() == 0
}

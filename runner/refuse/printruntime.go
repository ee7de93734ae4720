package refuse

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/socklab/socklab/runner/rewrite"
)

// A format that is not a constant (a variable, a table of formats, a
// logf wrapper's prefix+format), or arguments spread into one, leave the
// verbs unknown until the program runs: runner/rewrite hands each
// argument to lift, which reads them then, and asks a value of interface
// type for the script's types that it can tell apart at run time
// (rewrite.ShownThroughAny). A value of another of the script's types
// that the interface may hold (one declared inside a function, which no
// function of the top level can name, a []Point, a type the interpreter
// makes one with another) reaches fmt as the interpreter has it, whose
// %T, %#v and %+v print its own type and field names: since any verb may
// print it, such an argument is refused, as is a value of a type
// parameter that an instance makes one of the script's types.

// runtimeArgs refuses the arguments args of a call of a printing function
// whose verbs are known only at run time; the last is spread into the
// call's arguments where spread is set.
func (r *reporter) runtimeArgs(args []ast.Expr, spread bool) {
	for i, a := range args {
		t := r.typeOf(a)
		if t == nil {
			continue
		}
		if spread && i == len(args)-1 {
			sl, ok := t.Underlying().(*types.Slice)
			if !ok {
				continue
			}
			t = sl.Elem()
		}
		r.runtimeArg(a, t)
	}
}

// runtimeArg refuses a, printed as a value of type t with a verb known
// only at run time, where it may hold a script's type that lift does not
// ask it for.
func (r *reporter) runtimeArg(a ast.Expr, t types.Type) {
	if holdsTypeParam(t) {
		if name := r.scriptTypeArg(); name != "" {
			r.refuse(a.Pos(), "the verbs that print this value are known only at run time, and a value of %s, which an instance makes %s, a type the script declares, prints as the interpreter has it in a generic function (%%T, %%#v and %%+v name its own type and fields): write the format as a string literal", r.typeString(t), name)
		}
		return
	}
	if !types.IsInterface(t) {
		return
	}
	if src := r.unaskedSource(t); src != nil {
		what, instead := r.typeString(src), "print it with a format written as a string literal, or as a value of its own type"
		if tn := localTypeIn(r, src); tn != nil {
			instead = "declare " + tn.Name() + " at the top level of the file"
		}
		r.refuse(a.Pos(), "the verbs that print this value are known only at run time, and this value of %s may hold a %s, which the interpreter hands fmt as its own type (%%T, %%#v and %%+v print its names, not Go's): %s", r.typeString(t), what, instead)
	}
}

// unaskedSource returns a type that the package converts to the
// interface t (or to an interface converted to t) and that holds a type
// the script declares, which lift does not ask a value of t for, or nil.
func (r *reporter) unaskedSource(t types.Type) types.Type {
	var found types.Type
	r.unaskedSources(t, func(s types.Type) bool {
		found = s
		return true
	})
	return found
}

// unaskedSources calls visit for each source that unaskedSource may
// return, until visit returns true.
func (r *reporter) unaskedSources(t types.Type, visit func(types.Type) bool) {
	r.namedInAny(t) // sets r.anyCases
	wrapperAsked := r.wrapperPrinted(t)
	h := r.held()
	seen := map[types.Type]bool{}
	done := false
	var walk func(t types.Type)
	walk = func(t types.Type) {
		sources := h.sources(t)
		if h.generic {
			// A value of a type parameter converted to an interface: it
			// may hold what any instance's type argument is.
			sources = append(slices.Clip(sources), r.typeArgs()...)
		}
		for _, s := range sources {
			if done || seen[s] {
				return
			}
			seen[s] = true
			if types.IsInterface(s) {
				walk(s)
				continue
			}
			if !r.unasked(s, wrapperAsked) {
				continue
			}
			done = visit(s)
		}
	}
	walk(t)
}

// unasked reports whether a value of s, a type that is not an interface,
// held in an interface, reaches fmt as the interpreter has it: s holds a
// type the script declares, and lift does not ask for s (where the
// interface is printed through the interpreter's wrapper, wrapperAsked,
// it asks for the script's types of the top level and their pointers).
func (r *reporter) unasked(s types.Type, wrapperAsked bool) bool {
	if !rewrite.Involves(s, r.declared) || r.anyCases[types.TypeString(s, nil)] || r.pooledOrPointer(s) {
		return false
	}
	// asked for, or refused by runner/rewrite where it cannot be
	return !wrapperAsked || localTypeIn(r, s) != nil || !r.declared(derefType(s))
}

// pooledOrPointer reports whether t is a type of lift's pool, or a
// pointer to one: compiled, printed as Go prints it.
func (r *reporter) pooledOrPointer(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	return r.pooled(t)
}

// scriptTypeArg returns the name of a type the script declares that a type
// argument of an instance the package makes holds, or "".
func (r *reporter) scriptTypeArg() string {
	name := ""
	r.typeArgHolds(func(u types.Type) bool {
		if n, ok := types.Unalias(u).(*types.Named); ok && r.declared(u) && !r.pooled(u) {
			name = n.Obj().Name()
			return true
		}
		return false
	})
	return name
}

// localTypeIn returns a type declared inside a function that t holds, or
// nil.
func localTypeIn(r *reporter, t types.Type) *types.TypeName {
	var tn *types.TypeName
	rewrite.Involves(t, func(u types.Type) bool {
		if n, ok := types.Unalias(u).(*types.Named); ok && r.declared(u) && n.Obj().Parent() != r.pkg.Scope() {
			tn = n.Obj()
			return true
		}
		return false
	})
	return tn
}

// holdsTypeParam reports whether t is or holds a type parameter.
func holdsTypeParam(t types.Type) bool {
	return rewrite.Involves(t, isTypeParam)
}

// wrapperPrinted reports whether t is an interface of Go's library with
// methods other than error and fmt.Stringer (sort.Interface, io.Writer),
// whose value runner/rewrite asks for every type of the script's top
// level that implements it (see rewrite's wrapperPrinted), and refuses
// where it cannot ask for one.
func (r *reporter) wrapperPrinted(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || !r.libraryInterface(t) {
		return false
	}
	return n.Obj().Pkg().Path()+"."+n.Obj().Name() != "fmt.Stringer"
}

// typeArgs returns the type arguments of the instances the package makes
// of its own generic functions and types, but those that hold a type
// parameter (an instance inside a generic function, whose own instances
// are among the others).
func (r *reporter) typeArgs() []types.Type {
	var ids []*ast.Ident
	for id := range r.info.Instances {
		if obj := r.info.Uses[id]; obj != nil && obj.Pkg() == r.pkg {
			ids = append(ids, id)
		}
	}
	slices.SortFunc(ids, func(a, b *ast.Ident) int { return int(a.Pos() - b.Pos()) })
	var out []types.Type
	for _, id := range ids {
		inst := r.info.Instances[id]
		for i := range inst.TypeArgs.Len() {
			if a := inst.TypeArgs.At(i); !holdsTypeParam(a) {
				out = append(out, a)
			}
		}
	}
	return out
}

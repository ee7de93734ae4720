package rewrite

import (
	"go/types"
	"maps"
	"slices"
	"strings"
)

// compositeCases returns the slices, arrays, maps and structs without a
// name of the types in named (a slice of a script's struct, []P) that
// pkgs' code holds values of, to ask a printed interface for as named's
// types are asked for: the interpreter keeps a []P in an any as a slice
// of its own struct type, which fmt prints with the interpreter's field
// names and type (Xage, []struct { Name string; Xage int }) where Go
// prints []main.P. Only a type no other type of the script's values
// shares a runtime form with is asked for, so that the assertion finds
// that type's values alone.
func compositeCases(pkgs []Checked, named []AnyCase) []AnyCase {
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
	}
	shown := func(u types.Type) bool {
		return slices.ContainsFunc(named, func(c AnyCase) bool { return !c.Wrapped && types.Identical(c.Type, u) })
	}
	unsure := func(u types.Type) bool {
		switch u := types.Unalias(u).(type) {
		case *types.TypeParam, *types.Signature, *types.Chan:
			return true
		case *types.Named:
			if u.TypeArgs().Len() > 0 && !shown(u) {
				return true // an instance asked for itself is spelled as the asks spell it
			}
			return slices.ContainsFunc(all, func(q *types.Package) bool { return inFunc(q, u) })
		}
		return types.IsInterface(u)
	}
	var out []AnyCase
	for _, c := range pkgs {
		for _, tv := range c.Info.Types {
			t := tv.Type
			if !tv.IsValue() || t == nil || !composite(t) || shown(t) {
				continue
			}
			if !Involves(t, shown) || Involves(t, unsure) || !alone(forms, form, t) {
				continue
			}
			if !slices.ContainsFunc(out, func(c AnyCase) bool { return types.Identical(c.Type, t) }) {
				out = append(out, AnyCase{Type: t})
			}
		}
	}
	// Info.Types is a map: the order of the file's asks must not follow it.
	slices.SortFunc(out, func(a, b AnyCase) int {
		return strings.Compare(types.TypeString(a.Type, nil), types.TypeString(b.Type, nil))
	})
	return out
}

// composite reports whether t is a slice, an array, a map or a struct
// without a name, or a pointer to one.
func composite(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	switch types.Unalias(t).(type) {
	case *types.Slice, *types.Array, *types.Map, *types.Struct:
		return true
	}
	return false
}

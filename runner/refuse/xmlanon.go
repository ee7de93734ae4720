package refuse

import (
	"go/types"
	"reflect"
)

// xmlAnonymous returns why encoding/xml's error about a value of t would
// spell a struct type without a name that has an unexported field as the
// interpreter does (struct { Name string; Xage int "xml:\"-\"" }, where Go
// writes struct { Name string; age int }), or "": the value itself such a
// struct without an XMLName field (through pointers, slices and arrays),
// whose element encoding/xml cannot name (xml: unsupported type); such a
// struct in t whose tags encoding/xml rejects; a field of a kind it cannot
// encode or decode whose type holds one; and, in encoding, the same of
// what the interfaces in t may hold at run time (see ifaceHeld).
func xmlAnonymous(r *reporter, t types.Type, decoding bool) string {
	if why := xmlAnonymousIn(r, t, decoding, true); why != "" || decoding || !holdsInterface(t) {
		return why
	}
	top := elementInterface(t)
	why := ""
	h := r.held()
	h.reach(t, false, func(x types.Type) bool {
		if !types.IsInterface(x) {
			return false
		}
		for _, src := range h.sources(x) {
			if why = xmlAnonymousIn(r, src, false, top != nil && types.Identical(x, top)); why != "" {
				why = "this value of interface type may hold a " + r.typeString(src) + ": " + why
				return true
			}
		}
		return false
	})
	return why
}

// elementInterface returns the interface type that t is, through
// pointers, slices and arrays, whose dynamic value encoding/xml names an
// element by, or nil.
func elementInterface(t types.Type) types.Type {
	for {
		switch u := types.Unalias(t).Underlying().(type) {
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Interface:
			return t
		default:
			return nil
		}
	}
}

// xmlAnonymousIn is xmlAnonymous of t itself, where element says that
// encoding/xml names an element by t's type.
func xmlAnonymousIn(r *reporter, t types.Type, decoding, element bool) string {
	if !decoding && element {
		if st := elementStruct(t); st != nil && !hasXMLName(st) {
			if f, _ := r.anonUnexported(st); f != "" {
				return "encoding/xml names no element for " + r.typeString(st) + ", a struct type without a name, and its error (xml: unsupported type) spells the type with the unexported field " + f + " as the interpreter renames it, X" + f + ": declare the struct type with a name at the top level, or give it a field XMLName xml.Name"
			}
		}
	}
	why := ""
	r.eachStruct(t, func(st *types.Struct, named bool) bool {
		for i := range st.NumFields() {
			f := st.Field(i)
			tag := reflect.StructTag(st.Tag(i)).Get("xml")
			if !f.Exported() || tag == "-" {
				continue
			}
			if !named && !(f.Embedded() && isStructType(f.Type())) {
				if e := xmlTagError(f.Name(), tag, f.Type()); e != "" {
					if u, _ := r.anonUnexported(st); u != "" {
						why = "encoding/xml rejects the tag of the field " + f.Name() + " of " + r.typeString(st) + " (" + e + "), and its error spells that struct type, which has no name, with the unexported field " + u + " as the interpreter renames it, X" + u + ": correct the tag (go vet reports it)"
						return true
					}
				}
			}
			if u, held := r.anonUnexported(f.Type()); u != "" && failsKind(f.Type(), decoding) {
				why = "encoding/xml cannot handle the field " + f.Name() + " of type " + r.typeString(f.Type()) + ", and its error spells " + r.typeString(held) + ", a struct type without a name, with the unexported field " + u + " as the interpreter renames it, X" + u + ": tag the field `xml:\"-\"`, or declare the struct type with a name"
				return true
			}
		}
		if u, _ := r.anonUnexported(st); !named && u != "" {
			if e := xmlTagPaths(st); e != "" {
				why = "encoding/xml finds the tags of two fields of " + r.typeString(st) + " in conflict (" + e + "), and its error spells that struct type, which has no name, with the unexported field " + u + " as the interpreter renames it, X" + u + ": give the fields tags of different paths"
				return true
			}
		}
		return false
	})
	return why
}

// elementStruct returns the struct type without a name that t is, through
// pointers, slices and arrays (as encoding/xml names an element by its
// type), or nil.
func elementStruct(t types.Type) *types.Struct {
	for {
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			if b, ok := u.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
				return nil
			}
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Struct:
			return u
		default:
			return nil
		}
	}
}

// hasXMLName reports whether st has a field named XMLName, which names
// its element.
func hasXMLName(st *types.Struct) bool {
	for i := range st.NumFields() {
		if st.Field(i).Name() == "XMLName" {
			return true
		}
	}
	return false
}

// failsKind reports whether encoding/xml fails on a field of type t, with
// an error that spells t: a map, a channel or a function (in decoding, an
// array too), through pointers and slices.
func failsKind(t types.Type, decoding bool) bool {
	for {
		switch u := t.Underlying().(type) {
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			if b, ok := u.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
				return false
			}
			t = u.Elem()
		case *types.Array:
			if decoding {
				return true
			}
			t = u.Elem()
		case *types.Map, *types.Chan, *types.Signature:
			return true
		default:
			return false
		}
	}
}

// eachStruct calls fn for each struct type that a value of t holds: the
// script's named ones (named set) and those without a name, through
// pointers, slices, arrays, maps, channels and fields, but not inside the
// types of Go's library; until fn returns true.
func (r *reporter) eachStruct(t types.Type, fn func(st *types.Struct, named bool) bool) {
	seen := map[types.Type]bool{}
	var walk func(t types.Type, named bool) bool
	walk = func(t types.Type, named bool) bool {
		if t == nil || seen[t] {
			return false
		}
		seen[t] = true
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			return walk(u.Elem(), false)
		case *types.Slice:
			return walk(u.Elem(), false)
		case *types.Array:
			return walk(u.Elem(), false)
		case *types.Map:
			return walk(u.Key(), false) || walk(u.Elem(), false)
		case *types.Chan:
			return walk(u.Elem(), false)
		case *types.Named:
			return r.declared(u) && walk(u.Underlying(), true)
		case *types.Struct:
			if fn(u, named) {
				return true
			}
			for i := range u.NumFields() {
				if walk(u.Field(i).Type(), false) {
					return true
				}
			}
		}
		return false
	}
	walk(t, false)
}

package refuse

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"github.com/socklab/socklab/runner/rewrite"
)

// xmlCall refuses what encoding/xml does with a value of t, the argument
// a of an encoding or decoding call, unlike Go where the rewrite does not
// lift it (runner/rewrite, pass xml, and lift.XML lift the names of
// elements, unexported and embedded fields of what is encoded).
func xmlCall(r *reporter, a ast.Expr, t types.Type, decoding bool) {
	if m := r.xmlMethod(t); m != "" {
		r.refuse(a.Pos(), "the interpreter does not let encoding/xml call the %s method of a type the script declares: write the element with the Encoder's EncodeToken, or read it with the Decoder's Token", m)
		return
	}
	if n := r.libraryStruct(t); n != "" {
		r.refuse(a.Pos(), "%s is declared on a struct of Go's library, whose unexported fields the interpreter keeps as the library's, so socklab cannot encode or decode it with encoding/xml as Go does: hold the library's type in a field of a struct of your own", n)
		return
	}
	if e := r.embedsLibrary(t); e != "" {
		r.refuse(a.Pos(), "the interpreter's struct types do not embed %s, and socklab cannot embed a type of Go's library for encoding/xml: give the field a name (%s %s)", e, e, e)
		return
	}
	if !decoding {
		if iface := r.heldInterface(t); iface != "" {
			r.refuse(a.Pos(), "the interpreter hands the encoder a value of %s that holds a type the script declares in a wrapper of its own, whose fields it encodes instead (an error fails, a struct shows as {}): encode a variable or field of the concrete type, or of type any", iface)
			return
		}
	}
	if why := badXMLTag(r, t); why != "" {
		r.refuse(a.Pos(), "%s", why)
		return
	}
	if why := xmlTypeNamed(r, t, decoding); why != "" {
		r.refuse(a.Pos(), "%s", why)
		return
	}
	if u := t.Underlying(); !types.IsInterface(u) && r.failsNamed(t, decoding) && !r.xmlNameable(t) {
		r.refuse(a.Pos(), "encoding/xml's error for a value of %s names the interpreter's type of it, not Go's (%s): encode a struct of the script's, or a slice of one", types.TypeString(t, types.RelativeTo(r.pkg)), r.xmlUnnamed(t))
		return
	}
	if why := xmlHeldTypeNamed(r, t, decoding); why != "" {
		r.refuse(a.Pos(), "%s", why)
		return
	}
	if why := xmlAnonymous(r, t, decoding); why != "" {
		r.refuse(a.Pos(), "%s", why)
	}
	// the rest is lifted by the rewrite (runner/rewrite, pass xml)
}

// xmlMethod returns the name of a method through which encoding/xml would
// encode or decode a type the script declares in t, or "".
func (r *reporter) xmlMethod(t types.Type) string {
	found := ""
	rewrite.Involves(t, func(t types.Type) bool {
		if r.declared(t) {
			found = rewrite.XMLMethod(t)
		}
		return found != ""
	})
	return found
}

// libraryStruct returns the name of a type the script declares in t on a
// struct of Go's library, or "".
func (r *reporter) libraryStruct(t types.Type) string {
	name := ""
	rewrite.Involves(t, func(t types.Type) bool {
		if r.declared(t) && rewrite.LibraryStruct(r.pkg, t) {
			name = types.TypeString(t, types.RelativeTo(r.pkg))
		}
		return name != ""
	})
	return name
}

// embedsLibrary returns the name of a type of Go's library that a struct
// type the script declares in t embeds, or "".
func (r *reporter) embedsLibrary(t types.Type) string {
	name := ""
	rewrite.Involves(t, func(t types.Type) bool {
		st, ok := t.Underlying().(*types.Struct)
		if !ok || !r.declared(t) {
			return false
		}
		for i := range st.NumFields() {
			f := st.Field(i)
			ft := f.Type()
			if p, isPtr := ft.(*types.Pointer); isPtr {
				ft = p.Elem()
			}
			if n, isNamed := types.Unalias(ft).(*types.Named); f.Embedded() && isNamed && n.Obj().Pkg() != r.pkg {
				name = f.Name()
				return true
			}
		}
		return false
	})
	return name
}

// badXMLTag returns why encoding/xml rejects the tag of a field of a
// struct type the script declares in t, or "": its error names the struct
// type ("xml: invalid tag in field N of type main.P"), which is the
// interpreter's, without a name. The checks are encoding/xml's own (its
// structFieldInfo).
func badXMLTag(r *reporter, t types.Type) string {
	why := ""
	rewrite.Involves(t, func(t types.Type) bool {
		st, ok := t.Underlying().(*types.Struct)
		if !ok || !r.declared(t) || r.xmlNameable(t) {
			return false // pass xml names it in the error as Go does
		}
		for i := range st.NumFields() {
			f := st.Field(i)
			tag := reflect.StructTag(st.Tag(i)).Get("xml")
			if !f.Exported() || tag == "-" || f.Embedded() && isStructType(f.Type()) {
				continue
			}
			if e := xmlTagError(f.Name(), tag, f.Type()); e != "" {
				why = "encoding/xml rejects the tag of the field " + f.Name() + " of " + types.TypeString(t, types.RelativeTo(r.pkg)) + " (" + e + "), and its error names the interpreter's struct type, not Go's (" + r.xmlUnnamed(t) + "): correct the tag (go vet reports it)"
				return true
			}
		}
		if e := xmlTagPaths(st); e != "" {
			why = "encoding/xml finds the tags of two fields of " + types.TypeString(t, types.RelativeTo(r.pkg)) + " in conflict (" + e + "), and its error names the interpreter's struct type, not Go's (" + r.xmlUnnamed(t) + "): give the fields tags of different paths"
			return true
		}
		return false
	})
	return why
}

// isStructType reports whether t is a struct or a pointer to one.
func isStructType(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

// xmlTagError returns what encoding/xml finds wrong with the xml tag of a
// field named name of type ft, or "".
func xmlTagError(name, tag string, ft types.Type) string {
	const (
		element = 1 << iota
		attr
		cdata
		chardata
		innerxml
		comment
		anyFlag
		omitempty
		mode = element | attr | cdata | chardata | innerxml | comment | anyFlag
	)
	ns := ""
	if n, rest, ok := strings.Cut(tag, " "); ok {
		ns, tag = n, rest
	}
	tokens := strings.Split(tag, ",")
	flags := element
	if len(tokens) > 1 {
		flags, tag = 0, tokens[0]
		for _, fl := range tokens[1:] {
			flags |= map[string]int{"attr": attr, "cdata": cdata, "chardata": chardata, "innerxml": innerxml, "comment": comment, "any": anyFlag, "omitempty": omitempty}[fl]
		}
		valid := true
		switch m := flags & mode; m {
		case 0:
			flags |= element
		case attr, cdata, chardata, innerxml, comment, anyFlag, anyFlag | attr:
			valid = !(name == "XMLName" || tag != "" && m != attr)
		default:
			valid = false
		}
		if flags&mode == anyFlag {
			flags |= element
		}
		if flags&omitempty != 0 && flags&(element|attr) == 0 {
			valid = false
		}
		if !valid {
			return "invalid flags"
		}
	}
	if ns != "" && tag == "" {
		return "a name space without a name"
	}
	if name == "XMLName" || tag == "" {
		return ""
	}
	parents := strings.Split(tag, ">")
	if parents[len(parents)-1] == "" {
		return "a trailing '>'"
	}
	if len(parents) > 1 && flags&element == 0 {
		return "a chain of elements with a flag"
	}
	if flags&element != 0 {
		if xn := xmlNameTag(ft); xn != "" && xn != parents[len(parents)-1] {
			return "a name other than its type's XMLName, " + xn
		}
	}
	return ""
}

// xmlNameTag returns the name that the tag of the XMLName field of t (or
// of what t points to) gives, or "".
func xmlNameTag(t types.Type) string {
	for {
		p, ok := t.Underlying().(*types.Pointer)
		if !ok {
			break
		}
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	for i := range st.NumFields() {
		if st.Field(i).Name() != "XMLName" {
			continue
		}
		tag := reflect.StructTag(st.Tag(i)).Get("xml")
		if _, rest, ok := strings.Cut(tag, " "); ok {
			tag = rest
		}
		n, _, _ := strings.Cut(tag, ",")
		return n
	}
	return ""
}

// xmlTypeNamed returns why encoding/xml's error about a value of t is not
// Go's, or "": a field of a kind the encoder or decoder cannot handle
// (a map, a channel, a function; in decoding an array too) fails with an
// error that names its type ("xml: unsupported type: map[string]main.Item",
// "unknown type [2]main.Item"), which is the interpreter's where a type
// the script declares is in it.
func xmlTypeNamed(r *reporter, t types.Type, decoding bool) string {
	why := ""
	rewrite.Involves(t, func(t types.Type) bool {
		st, ok := t.Underlying().(*types.Struct)
		if !ok || !r.declared(t) {
			return false
		}
		for i := range st.NumFields() {
			f := st.Field(i)
			if reflect.StructTag(st.Tag(i)).Get("xml") == "-" {
				continue
			}
			if decoding && f.Embedded() && !f.Exported() && !isStructType(f.Type()) {
				why = "Go's decoder panics filling the unexported embedded field " + f.Name() + " (reflect: using value obtained using unexported field), which the interpreter's type has exported: give the field a name, or tag it `xml:\"-\"`"
				return true
			}
			if !r.failsNamed(f.Type(), decoding) || r.xmlNameable(f.Type()) {
				continue
			}
			verb := "encoder"
			if decoding {
				verb = "decoder"
			}
			why = "the " + verb + "'s error for the field " + f.Name() + " of type " + types.TypeString(f.Type(), types.RelativeTo(r.pkg)) + " names the interpreter's type of it, not Go's (" + r.xmlUnnamed(f.Type()) + "): tag the field `xml:\"-\"`, or give it a type of the script's structs, slices, or Go's basic types"
			return true
		}
		return false
	})
	return why
}

// failsNamed reports whether encoding/xml fails to encode or decode a
// field of type t with an error that names a type the script declares in
// it, which the interpreter's type of it does not name.
func (r *reporter) failsNamed(t types.Type, decoding bool) bool {
	for {
		switch u := types.Unalias(t).Underlying().(type) {
		case *types.Pointer:
			t = u.Elem()
			continue
		case *types.Slice:
			if b, ok := u.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
				return false
			}
			t = u.Elem()
			continue
		case *types.Array:
			if !decoding {
				t = u.Elem() // encoded element by element, or as bytes
				continue
			}
		case *types.Struct, *types.Interface:
			return false
		case *types.Basic:
			if u.Info()&types.IsComplex == 0 {
				return false
			}
		}
		return rewrite.Involves(t, r.declared)
	}
}

// xmlHeldTypeNamed returns why encoding/xml's error about a value that t
// may hold in an interface is not Go's, or "": where t holds an interface
// (for decoding, is one or points to one, as the decoder follows only the
// pointer that the target itself holds), a struct type of the script that a value of
// interface type may hold at run time (see ifaceHeld) whose tag
// encoding/xml rejects, or with a field whose type its error names, fails
// with an error that names the interpreter's struct type.
func xmlHeldTypeNamed(r *reporter, t types.Type, decoding bool) string {
	if decoding {
		if p, ok := t.Underlying().(*types.Pointer); ok && types.IsInterface(p.Elem()) {
			t = p.Elem() // the decoder follows a pointer that the interface holds
		}
		if !types.IsInterface(t) {
			return ""
		}
	} else if !holdsInterface(t) {
		return ""
	}
	why := ""
	h := r.held()
	visit := func(x types.Type) bool {
		if types.IsInterface(x) {
			for _, src := range h.sources(x) {
				if _, isPtr := src.Underlying().(*types.Pointer); !isPtr && r.failsNamed(src, decoding) && !r.xmlNameable(src) {
					why = "this value of interface type may hold a " + types.TypeString(src, types.RelativeTo(r.pkg)) + ", whose encoding/xml error names the interpreter's type of it, not Go's (" + r.xmlUnnamed(src) + "): hold a struct of the script's in the interface, or a slice of one"
					return true
				}
			}
			return false
		}
		if !r.declared(x) || types.Identical(x, t) {
			return false
		}
		if _, isStruct := x.Underlying().(*types.Struct); !isStruct {
			return false
		}
		if w := badXMLTag(r, x); w != "" {
			why = w
		} else if w := xmlTypeNamed(r, x, decoding); w != "" {
			why = w
		}
		if why != "" {
			why = "this value of interface type may hold a " + types.TypeString(x, types.RelativeTo(r.pkg)) + ": " + why
		}
		return why != ""
	}
	h.reach(t, false, visit)
	if why == "" && h.generic {
		for _, n := range r.declaredTypes() {
			if visit(n) {
				break
			}
		}
	}
	return why
}

// xmlNameable reports whether each type the script declares in t is one
// that pass xml names in encoding/xml's errors as Go does
// (rewrite.XMLNamed): a struct or a type of lift's pool, declared at the
// top level without type parameters, that no other type looks like at run
// time.
func (r *reporter) xmlNameable(t types.Type) bool { return r.xmlUnnamed(t) == "" }

// xmlUnnamed returns why pass xml cannot name a type the script declares
// in t in encoding/xml's errors, or "".
func (r *reporter) xmlUnnamed(t types.Type) string {
	if r.xmlNamed == nil {
		r.xmlNamed = map[*types.Named]bool{}
		for _, n := range rewrite.XMLNamed(r.files, r.pkg, r.info) {
			r.xmlNamed[n] = true
		}
	}
	why := ""
	rewrite.Involves(t, func(t types.Type) bool {
		n, ok := types.Unalias(t).(*types.Named)
		if !ok || !r.declared(n) || r.xmlNamed[n] {
			return false
		}
		name := types.TypeString(n, types.RelativeTo(r.pkg))
		_, isStruct := n.Underlying().(*types.Struct)
		switch {
		case n.Obj().Parent() != r.pkg.Scope():
			why = name + " is declared inside a function"
		case n.TypeParams().Len() > 0 || n.TypeArgs().Len() > 0:
			why = name + " has type parameters"
		case !isStruct && !r.pooled(n):
			why = "the interpreter makes " + name + " its underlying type, " + types.TypeString(n.Underlying(), types.RelativeTo(r.pkg))
		default:
			why = "the interpreter makes " + name + " one type with a struct literal's or another struct type of the same fields"
		}
		return true
	})
	return why
}

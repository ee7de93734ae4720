package refuse

import (
	"go/types"
	"reflect"
	"strings"
)

// xmlField is what encoding/xml records of a field of a struct (its
// fieldInfo): the element or attribute name, its parents, its mode flags
// and name space, and its index path, whose length is its depth.
type xmlField struct {
	name, xmlns string
	parents     []string
	mode        int // encoding/xml's flags&fMode, the bits of flagBits
	depth       int
	field, tag  string // the field's name and xml tag, as the error names them
}

// xmlTagPaths returns, for a struct type st, the two fields whose tag
// paths encoding/xml finds in conflict ("field A with tag a conflicts with
// field B with tag a"), or "" where it finds none. It follows encoding/xml's
// getTypeInfo and addFieldInfo: the fields of embedded structs join the
// outer ones, and a deeper field that conflicts with a shallower one is
// dropped, as Go's field selection drops it; two at the same depth are the
// error, a *xml.TagPathError that names the struct type.
func xmlTagPaths(st *types.Struct) string {
	_, why := xmlFields(st, map[*types.Struct]bool{})
	return why
}

// xmlFields returns the fields encoding/xml sees in st, or why it fails.
func xmlFields(st *types.Struct, seen map[*types.Struct]bool) ([]xmlField, string) {
	if seen[st] {
		return nil, "" // reflect cannot embed a struct in itself
	}
	seen[st] = true
	defer delete(seen, st)
	var fields []xmlField
	for i := range st.NumFields() {
		f := st.Field(i)
		tag := reflect.StructTag(st.Tag(i)).Get("xml")
		if !f.Exported() && !f.Embedded() || tag == "-" || f.Name() == "XMLName" {
			continue
		}
		if f.Embedded() {
			t := f.Type()
			if p, ok := t.Underlying().(*types.Pointer); ok {
				t = p.Elem()
			}
			if inner, ok := t.Underlying().(*types.Struct); ok {
				innerFields, why := xmlFields(inner, seen)
				if why != "" {
					return nil, why
				}
				for _, in := range innerFields {
					in.depth++
					var why string
					if fields, why = addXMLField(fields, in); why != "" {
						return nil, why
					}
				}
				continue
			}
		}
		nf, ok := xmlFieldOf(f, tag)
		if !ok {
			continue // an invalid tag, which badXMLTag reports
		}
		var why string
		if fields, why = addXMLField(fields, nf); why != "" {
			return nil, why
		}
	}
	return fields, ""
}

// flagBits are the bits of encoding/xml's mode flags, by the name a tag
// gives them ("element" has none: a field without a mode is one).
var flagBits = map[string]int{"element": 1, "attr": 2, "cdata": 4, "chardata": 8, "innerxml": 16, "comment": 32, "any": 64}

// xmlFieldOf returns what encoding/xml's structFieldInfo records of f,
// whose xml tag is tag; ok is false where the tag is invalid.
func xmlFieldOf(f *types.Var, tag string) (xmlField, bool) {
	x := xmlField{depth: 1, field: f.Name(), tag: tag}
	if xmlTagError(f.Name(), tag, f.Type()) != "" {
		return x, false
	}
	if ns, rest, ok := strings.Cut(tag, " "); ok {
		x.xmlns, tag = ns, rest
	}
	tokens := strings.Split(tag, ",")
	tag = tokens[0]
	for _, fl := range tokens[1:] {
		x.mode |= flagBits[fl]
	}
	if x.mode == 0 || x.mode == flagBits["any"] {
		x.mode |= flagBits["element"]
	}
	if tag == "" {
		if n, ns := xmlNameOf(f.Type()); n != "" {
			x.name, x.xmlns = n, ns
		} else {
			x.name = f.Name()
		}
		return x, true
	}
	parents := strings.Split(tag, ">")
	if parents[0] == "" {
		parents[0] = f.Name()
	}
	x.name = parents[len(parents)-1]
	if len(parents) > 1 {
		x.parents = parents[:len(parents)-1]
	}
	return x, true
}

// xmlNameOf returns the name and name space that the tag of the XMLName
// field of t (or of what t points to) gives, or "", "".
func xmlNameOf(t types.Type) (name, ns string) {
	for {
		p, ok := t.Underlying().(*types.Pointer)
		if !ok {
			break
		}
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return "", ""
	}
	for i := range st.NumFields() {
		if st.Field(i).Name() != "XMLName" {
			continue
		}
		tag := reflect.StructTag(st.Tag(i)).Get("xml")
		if xmlTagError("XMLName", tag, st.Field(i).Type()) != "" {
			return "", ""
		}
		if n, rest, ok := strings.Cut(tag, " "); ok {
			ns, tag = n, rest
		}
		name, _, _ = strings.Cut(tag, ",")
		if name == "" {
			return "", ""
		}
		return name, ns
	}
	return "", ""
}

// addXMLField adds nf to fields as encoding/xml's addFieldInfo does, or
// returns why it fails.
func addXMLField(fields []xmlField, nf xmlField) ([]xmlField, string) {
	var conflicts []int
outer:
	for i, of := range fields {
		if of.mode != nf.mode || of.xmlns != "" && nf.xmlns != "" && of.xmlns != nf.xmlns {
			continue
		}
		for p := range min(len(nf.parents), len(of.parents)) {
			if of.parents[p] != nf.parents[p] {
				continue outer
			}
		}
		switch {
		case len(of.parents) > len(nf.parents):
			if of.parents[len(nf.parents)] == nf.name {
				conflicts = append(conflicts, i)
			}
		case len(of.parents) < len(nf.parents):
			if nf.parents[len(of.parents)] == of.name {
				conflicts = append(conflicts, i)
			}
		default:
			if nf.name == of.name && nf.xmlns == of.xmlns {
				conflicts = append(conflicts, i)
			}
		}
	}
	if conflicts == nil {
		return append(fields, nf), ""
	}
	for _, i := range conflicts {
		if fields[i].depth < nf.depth {
			return fields, ""
		}
	}
	for _, i := range conflicts {
		if of := fields[i]; of.depth == nf.depth {
			return nil, "field " + of.field + " with tag " + quote(of.tag) + " conflicts with field " + nf.field + " with tag " + quote(nf.tag)
		}
	}
	for c := len(conflicts) - 1; c >= 0; c-- {
		i := conflicts[c]
		fields = append(fields[:i], fields[i+1:]...)
	}
	return append(fields, nf), ""
}

// quote quotes s as the error does, with %q.
func quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"` }

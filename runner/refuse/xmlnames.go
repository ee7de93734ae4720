package refuse

import (
	"go/types"
	"reflect"

	"github.com/socklab/socklab/runner/rewrite"
)

// xmlElement returns why encoding/xml does not encode a value of t as Go
// does, or "". The interpreter's struct types have no name, so the encoder
// names no element for a struct the script declares at the top level of
// what it encodes (xml: unsupported type) unless an XMLName field's tag
// names it; nor does it flatten an embedded struct (the interpreter's
// field is a plain one). A value of an interface type may hold such a
// struct where the script declares one.
func xmlElement(r *reporter, t types.Type) string {
	if e := embeddedStruct(r, t); e != "" {
		return "the interpreter's struct types do not embed " + e + ", so the encoder writes the fields Go promotes inside an element " + e + ": give the field a name (" + e + " " + e + "), or copy its fields into the struct"
	}
	top := t
	for {
		switch u := types.Unalias(top).Underlying().(type) {
		case *types.Pointer:
			top = u.Elem()
			continue
		case *types.Slice:
			top = u.Elem()
			continue
		case *types.Array:
			top = u.Elem()
			continue
		}
		break
	}
	if r.declared(top) {
		if st, ok := top.Underlying().(*types.Struct); ok && !xmlNamed(st) {
			return "the interpreter's struct type for " + types.TypeString(top, types.RelativeTo(r.pkg)) + " has no name, so the encoder names no element for it (xml: unsupported type): give it a field XMLName xml.Name with a tag naming the element, `xml:\"" + types.TypeString(top, types.RelativeTo(r.pkg)) + "\"`"
		}
	}
	if types.IsInterface(top) && r.declaresStruct(false) {
		return "a value of an interface type may hold a struct type the script declares, whose interpreter's type has no name, so the encoder names no element for it (xml: unsupported type): encode a value of the struct type, with a field XMLName xml.Name whose tag names the element"
	}
	if rewrite.Involves(t, types.IsInterface) && r.declaresStruct(true) {
		return "a value of an interface type in this value may hold a struct type the script declares with unexported or embedded fields, which the interpreter shows the encoder as exported and plain fields: encode a value whose static type is the struct type"
	}
	return ""
}

// xmlNamed reports whether st has an XMLName field whose tag names the
// element.
func xmlNamed(st *types.Struct) bool {
	for i := range st.NumFields() {
		if st.Field(i).Name() != "XMLName" {
			continue
		}
		name := reflect.StructTag(st.Tag(i)).Get("xml")
		return name != "" && name[0] != ','
	}
	return false
}

// declaresStruct reports whether the script declares a struct type, one
// with an unexported or embedded field where hidden is true.
func (r *reporter) declaresStruct(hidden bool) bool {
	for _, obj := range r.info.Defs {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		st, isStruct := tn.Type().Underlying().(*types.Struct)
		if !isStruct {
			continue
		}
		if !hidden {
			return true
		}
		for i := range st.NumFields() {
			if f := st.Field(i); !f.Exported() || f.Embedded() {
				return true
			}
		}
	}
	return false
}

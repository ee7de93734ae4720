package lift

import (
	"encoding/xml"
	"reflect"
	"strings"
	"sync"
)

// The interpreter's types of a script have no name, so encoding/xml names
// no element for a value it meets outside a struct field (xml: unsupported
// type), and a named basic type is one of socklab's pool types (see
// basicnamed), whose name it would write; they make a script's unexported
// fields exported (Xname) and do not embed. The rewrite of encoding calls
// (runner/rewrite, pass xml) hands a value to encode to XML, which copies
// only what must change into types that encode as Go's: an unexported
// field tagged `xml:"-"`, an embedded one embedded, and a value that Go
// names by its type given an XMLName field whose tag names it. The copies
// keep the layout of the interpreter's types, so a value is mostly moved
// into its new type whole.

// An XMLTable maps the interpreter's runtime types of a script's named
// types to their descriptions, for the values an interface holds, and
// caches the types XML makes.
type XMLTable struct {
	types    map[reflect.Type]*Type // by the runtime type of a value as it is
	methods  map[reflect.Type]*Type // of a value the interpreter wraps (see interpValue)
	shapes   sync.Map               // xmlKey -> *xmlShape
	pointers sync.Map               // *Type -> *Type: of a pointer to it
}

// xmlStatic caches the types XML makes for values whose static type says
// all (no interface in it).
var xmlStatic = &XMLTable{}

// XMLTypes returns the table of the script's named types, each given as a
// nil slice of it ([]T(nil)), described by the Types of the same index;
// wrapped says which of them the interpreter hands compiled code in a
// wrapper of its own when an interface holds one (a type with methods).
func XMLTypes(slices []any, ts []*Type, wrapped []bool) *XMLTable {
	tab := &XMLTable{types: map[reflect.Type]*Type{}, methods: map[reflect.Type]*Type{}}
	for i, s := range slices {
		rt := reflect.TypeOf(s)
		if i >= len(ts) || rt == nil || rt.Kind() != reflect.Slice {
			continue
		}
		if i < len(wrapped) && wrapped[i] && rt.Elem().Kind() != reflect.Struct {
			tab.methods[rt.Elem()] = ts[i]
			continue
		}
		tab.types[rt.Elem()] = ts[i]
	}
	return tab
}

// XML returns x, whose static type t describes, as a value that
// encoding/xml encodes as Go encodes x; tab, where the static type holds
// an interface, finds the script's types in it.
func XML(x any, t *Type, tab *XMLTable) any { return xmlValue(x, t, tab, true) }

// XMLElement is XML for a value that an Encoder's EncodeElement encodes in
// an element the call names.
func XMLElement(x any, t *Type, tab *XMLTable) any { return xmlValue(x, t, tab, false) }

// xmlValue is XML, of a value met where encoding/xml names an element by
// its type where top is true.
func xmlValue(x any, t *Type, tab *XMLTable, top bool) any {
	v := reflect.ValueOf(x)
	if !v.IsValid() {
		return x
	}
	if tab == nil {
		tab = xmlStatic
	}
	wrapped := false
	if u, ok := interpValue(v); ok {
		v, wrapped = u, true
		if t == nil {
			t = tab.lookup(v.Type(), true)
		}
	}
	sh := tab.shape(v.Type(), t, top)
	out, changed := tab.convert(v, sh, 0)
	if !changed && !wrapped {
		return x
	}
	if out.Kind() == reflect.Struct && out.CanAddr() {
		return out.Addr().Interface() // encoded as the struct, without a copy
	}
	return out.Interface()
}

// lookup returns the description of a value of runtime type rt found in an
// interface, wrapped or not.
func (tab *XMLTable) lookup(rt reflect.Type, wrapped bool) *Type {
	if wrapped {
		if t := tab.methods[rt]; t != nil {
			return t
		}
		if rt.Kind() == reflect.Pointer {
			if e := tab.methods[rt.Elem()]; e != nil {
				return tab.pointerTo(e)
			}
		}
	}
	return tab.types[rt]
}

// pointerTo returns the description of a pointer to a type e describes.
func (tab *XMLTable) pointerTo(e *Type) *Type {
	p, _ := tab.pointers.LoadOrStore(e, &Type{name: "*" + e.name, elem: e})
	return p.(*Type)
}

// An xmlShape is what XML makes of the values of one runtime type met in
// one place (top: where encoding/xml names an element by its type).
type xmlShape struct {
	rt, out reflect.Type
	same    bool // values stay as they are
	retype  bool // values are moved into out whole (the same layout)
	elem    *xmlShape
	fields  []*xmlShape // of a struct, each field's
	iface   bool        // an interface: its value is looked up in the table
	top     bool        // met where encoding/xml names an element by its type
	nameAt  int         // a struct's XMLName field to set where empty, or -1
	name    string      // the element's name Go gives by the type
	wrap    *xmlShape   // values go in an xmlElement, converted by wrap
	// chardata: a named basic value goes in a struct of out's type, its
	// XMLName the name and its character data the value (charDataType)
	chardata bool
}

type xmlKey struct {
	rt  reflect.Type
	t   *Type
	top bool
}

var nameType = reflect.TypeFor[xml.Name]()

// shape returns what XML makes of values of rt, of the static type t
// describes (nil: looked up by rt), met at the top of what is encoded or
// not.
func (tab *XMLTable) shape(rt reflect.Type, t *Type, top bool) *xmlShape {
	return tab.shapeOf(rt, t, top, map[xmlKey]bool{})
}

func (tab *XMLTable) shapeOf(rt reflect.Type, t *Type, top bool, seen map[xmlKey]bool) *xmlShape {
	if t == nil {
		t = tab.types[rt]
	}
	k := xmlKey{rt, t, top}
	if s, ok := tab.shapes.Load(k); ok {
		return s.(*xmlShape)
	}
	if seen[k] {
		return &xmlShape{rt: rt, out: rt, same: true, nameAt: -1} // a type that holds itself, left as it is
	}
	seen[k] = true
	defer delete(seen, k)
	sh := tab.build(rt, t, top, seen)
	s, _ := tab.shapes.LoadOrStore(k, sh)
	return s.(*xmlShape)
}

func (tab *XMLTable) build(rt reflect.Type, t *Type, top bool, seen map[xmlKey]bool) *xmlShape {
	sh := &xmlShape{rt: rt, out: rt, nameAt: -1, top: top}
	named := top && t != nil && t.defined
	switch k := rt.Kind(); {
	case k == reflect.Interface:
		sh.iface = tab != xmlStatic
		sh.same = !sh.iface
	case k == reflect.Pointer:
		sh.elem = tab.shapeOf(rt.Elem(), elemOf(t), top, seen)
		sh.inherit(reflect.PointerTo)
	case (k == reflect.Slice || k == reflect.Array) && rt.Elem().Kind() != reflect.Uint8:
		sh.elem = tab.shapeOf(rt.Elem(), elemOf(t), top, seen)
		if k == reflect.Slice {
			sh.inherit(reflect.SliceOf)
		} else {
			sh.inherit(func(e reflect.Type) reflect.Type { return reflect.ArrayOf(rt.Len(), e) })
		}
	case k == reflect.Struct:
		tab.buildStruct(sh, t, named, seen)
	case named && k != reflect.Map && k != reflect.Chan && k != reflect.Func && k != reflect.Complex64 && k != reflect.Complex128 && k != reflect.UnsafePointer:
		// a basic type or a byte slice or array: Go names it by the type
		sh.name = typeNameOf(rt, t)
		sh.out, sh.chardata = charDataType(rt, sh.name), true
	default:
		sh.same = true
	}
	return sh
}

// inherit sets a pointer's, slice's or array's shape from its element's.
func (sh *xmlShape) inherit(of func(reflect.Type) reflect.Type) {
	e := sh.elem
	switch {
	case e.same:
		sh.same = true
	case e.retype:
		sh.out, sh.retype = of(e.out), true
	default:
		sh.out = of(e.out)
	}
}

// buildStruct makes the shape of a struct: the script's (t describes it),
// or one of the interpreter's with no name, all of whose fields are
// exported (a struct literal's type); named says Go names its element by
// the type.
func (tab *XMLTable) buildStruct(sh *xmlShape, t *Type, named bool, seen map[xmlKey]bool) {
	rt := sh.rt
	if t != nil && len(t.fields) != rt.NumField() || !allExported(rt, t != nil) {
		sh.same = true // not one of the interpreter's types (runner/refuse refuses what differs)
		return
	}
	fs := make([]reflect.StructField, rt.NumField())
	sh.fields = make([]*xmlShape, rt.NumField())
	changed, work := false, false
	for i := range fs {
		f := rt.Field(i)
		var ft *Type
		if t != nil {
			ft = t.fields[i].t
		}
		s := tab.shapeOf(f.Type, ft, false, seen)
		sh.fields[i] = s
		work = work || !s.same && !s.retype
		nf := reflect.StructField{Name: f.Name, Type: s.out, Tag: f.Tag, Anonymous: f.Anonymous}
		if t != nil {
			goName, embedded := t.fields[i].name, t.fields[i].embedded
			nf.Anonymous = embedded
			switch {
			case !embedded && !exported(goName):
				nf.Tag = `xml:"-"` // Go leaves it out
			case embedded && !exported(goName) && derefKind(f.Type) != reflect.Struct:
				nf.Tag = namedTag(f.Tag, goName) // Go names its element by the field's own name
			}
		}
		changed = changed || nf.Type != f.Type || nf.Tag != f.Tag || nf.Anonymous != f.Anonymous
		fs[i] = nf
	}
	if named {
		sh.name = typeNameOf(rt, t)
		idx, tagName, found := xmlNameField(fs, 0)
		switch {
		case !found && !hasField(fs, "XMLName"):
			fs = append(fs, reflect.StructField{Name: "XMLName", Type: nameType, Tag: reflect.StructTag(`xml:"` + sh.name + `"`)})
			changed, work = true, true
		case found && tagName != "":
			// named by the tag, as in Go
		case found && idx < len(fs) && fs[idx].Type == nameType:
			sh.nameAt, work = idx, true
		default:
			// an XMLName of another type, left out, or read elsewhere
			inner := *sh
			inner.name = ""
			tab.finish(&inner, fs, changed, work)
			madeFor(rt, inner.out, t)
			sh.wrap = &inner
			sh.out = reflect.TypeFor[xmlElement]()
			return
		}
	}
	tab.finish(sh, fs, changed, work)
	madeFor(rt, sh.out, t)
}

// finish sets a struct's type and how its values are converted.
func (tab *XMLTable) finish(sh *xmlShape, fs []reflect.StructField, changed, work bool) {
	if changed {
		sh.out = reflect.StructOf(fs)
	}
	switch {
	case work:
	case sh.out != sh.rt:
		sh.retype = true
	default:
		sh.same = true
	}
}

// hasField reports whether one of fs is named name.
func hasField(fs []reflect.StructField, name string) bool {
	for _, f := range fs {
		if f.Name == name {
			return true
		}
	}
	return false
}

// allExported reports whether each field of rt is exported, and rt has
// no name where it is not the script's.
func allExported(rt reflect.Type, scripts bool) bool {
	if rt.Name() != "" && !scripts {
		return false
	}
	for i := range rt.NumField() {
		if !rt.Field(i).IsExported() {
			return false
		}
	}
	return true
}

func derefKind(rt reflect.Type) reflect.Kind {
	for rt.Kind() == reflect.Pointer {
		rt = rt.Elem()
	}
	return rt.Kind()
}

// namedTag returns tag with the name part of its xml key set to name where
// it has none.
func namedTag(tag reflect.StructTag, name string) reflect.StructTag {
	x, ok := tag.Lookup("xml")
	if !ok {
		return reflect.StructTag(`xml:"` + name + `"`)
	}
	if n, _, _ := strings.Cut(x, ","); n != "" {
		return tag
	}
	return reflect.StructTag(`xml:"` + name + x + `"`)
}

// xmlNameField finds the field that encoding/xml takes for a struct's
// XMLName (its getTypeInfo): the struct's own, or else the first that an
// embedded struct has, with its tag's name and its index in the struct
// that declares it, at which encoding/xml reads the outer struct.
func xmlNameField(fs []reflect.StructField, depth int) (idx int, name string, found bool) {
	if depth > 100 {
		return 0, "", false
	}
	for i, f := range fs {
		if (!f.IsExported() && !f.Anonymous) || f.Tag.Get("xml") == "-" {
			continue
		}
		if f.Anonymous {
			et := f.Type
			if et.Kind() == reflect.Pointer {
				et = et.Elem()
			}
			if et.Kind() == reflect.Struct {
				if !found {
					inner := make([]reflect.StructField, et.NumField())
					for j := range inner {
						inner[j] = et.Field(j)
					}
					idx, name, found = xmlNameField(inner, depth+1)
				}
				continue
			}
		}
		if f.Name == "XMLName" {
			tag := f.Tag.Get("xml")
			if _, t, ok := strings.Cut(tag, " "); ok {
				tag = t
			}
			tag, _, _ = strings.Cut(tag, ",")
			idx, name, found = i, tag, true
		}
	}
	return idx, name, found
}

// maxXMLDepth bounds the walk through a value that holds itself, which is
// then left to encoding/xml.
const maxXMLDepth = 1000

// convert returns v as a value of sh.out, and whether it is another value.
func (tab *XMLTable) convert(v reflect.Value, sh *xmlShape, depth int) (reflect.Value, bool) {
	if sh.same || depth > maxXMLDepth {
		return v, false
	}
	depth++
	if sh.retype {
		return retyped(v, sh.out), true
	}
	if sh.chardata {
		return charData(v, sh.out), true
	}
	if sh.wrap != nil {
		w, _ := tab.convert(v, sh.wrap, depth)
		return reflect.ValueOf(xmlElement{w.Interface(), sh.name}), true
	}
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return v, false
		}
		e, wrapped := v.Elem(), false
		if u, ok := interpValue(e); ok {
			e, wrapped = u, true
		}
		c, changed := tab.convert(e, tab.shape(e.Type(), tab.lookup(e.Type(), wrapped), sh.top), depth)
		return c, changed || wrapped
	case reflect.Pointer:
		if v.IsNil() {
			return reflect.Zero(sh.out), true
		}
		e, _ := tab.convert(v.Elem(), sh.elem, depth)
		if !e.Type().AssignableTo(sh.out.Elem()) {
			return v, false // past maxXMLDepth
		}
		if e.CanAddr() {
			return e.Addr(), true
		}
		p := reflect.New(sh.out.Elem())
		p.Elem().Set(e)
		return p, true
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return reflect.Zero(sh.out), true
		}
		var out reflect.Value
		if v.Kind() == reflect.Slice {
			out = reflect.MakeSlice(sh.out, v.Len(), v.Len())
		} else {
			out = reflect.New(sh.out).Elem()
		}
		for i := range v.Len() {
			e, _ := tab.convert(v.Index(i), sh.elem, depth)
			if !e.Type().AssignableTo(sh.out.Elem()) {
				return v, false // past maxXMLDepth
			}
			out.Index(i).Set(e)
		}
		return out, true
	case reflect.Struct:
		out := reflect.New(sh.out).Elem()
		reflect.NewAt(sh.rt, out.Addr().UnsafePointer()).Elem().Set(v) // the same layout, to rt's fields
		for i, fs := range sh.fields {
			if fs.same || fs.retype {
				continue
			}
			if e, changed := tab.convert(v.Field(i), fs, depth); changed && e.Type().AssignableTo(out.Field(i).Type()) {
				out.Field(i).Set(e)
			}
		}
		if sh.nameAt >= 0 {
			if f := out.Field(sh.nameAt); f.Interface().(xml.Name).Local == "" {
				f.Set(reflect.ValueOf(xml.Name{Local: sh.name}))
			}
		}
		return out, true
	}
	return v, false
}

// retyped returns v moved into a new value of type out, whose layout is
// v's type's.
func retyped(v reflect.Value, out reflect.Type) reflect.Value {
	o := reflect.New(out).Elem()
	reflect.NewAt(v.Type(), o.Addr().UnsafePointer()).Elem().Set(v)
	return o
}

// xmlElement is a value that encoding/xml encodes as an element of the
// name Go gives it by its type.
type xmlElement struct {
	v    any
	name string
}

// MarshalXML encodes e.v in an element named e.name.
func (e xmlElement) MarshalXML(enc *xml.Encoder, _ xml.StartElement) error {
	return enc.EncodeElement(e.v, xml.StartElement{Name: xml.Name{Local: e.name}})
}

// XMLTarget returns target, a pointer to decode into whose static type t
// describes, as a pointer that encoding/xml decodes into as Go does: to
// the same variable, seen through a type with the script's unexported
// fields tagged `xml:"-"` and its embedded fields embedded (the same
// layout, so the decoder fills the script's variable itself). Where the
// static type is an interface, tab finds the pointer's type.
func XMLTarget(target any, t *Type, tab *XMLTable) any {
	v := reflect.ValueOf(target)
	wrapped := false
	if u, ok := interpValue(v); ok {
		v, wrapped = u, true
	}
	if !v.IsValid() || v.Kind() != reflect.Pointer || v.IsNil() {
		return target
	}
	if t == nil && tab != nil {
		t = tab.lookup(v.Type(), wrapped)
		if e := tab.lookup(v.Type().Elem(), wrapped); t == nil && e != nil {
			t = tab.pointerTo(e)
		}
	}
	sh := xmlStatic.shape(v.Type(), t, false)
	switch {
	case sh.retype:
		return reflect.NewAt(sh.out.Elem(), v.UnsafePointer()).Interface()
	case wrapped:
		return v.Interface()
	}
	return target
}

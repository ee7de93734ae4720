package lift

import (
	"encoding/xml"
	"reflect"
	"testing"
)

// The Go types of the script that the interpreter's types below stand for;
// encoding/xml's encoding of a value of them is what XML must give.
type (
	Item struct {
		Name string `xml:"name"`
		Qty  int    `xml:"qty"`
	}
	meta struct {
		ID   int `xml:"id,attr"`
		note string
	}
	Order struct {
		meta
		Items  []Item `xml:"item"`
		Lead   *Item
		Extra  any
		secret string
	}
	Alarm struct {
		XMLName xml.Name
		Reason  string
	}
	Port int
)

// xmlTypes makes the interpreter's types of the script's (no name,
// unexported fields renamed Xname, an embedded field a plain one; Port
// one of socklab's pool types, here int8) and their descriptions.
func xmlTypes() (rts map[string]reflect.Type, ts map[string]*Type) {
	item := reflect.StructOf([]reflect.StructField{
		{Name: "Name", Type: reflect.TypeFor[string](), Tag: `xml:"name"`},
		{Name: "Qty", Type: reflect.TypeFor[int](), Tag: `xml:"qty"`},
	})
	meta := reflect.StructOf([]reflect.StructField{
		{Name: "ID", Type: reflect.TypeFor[int](), Tag: `xml:"id,attr"`},
		{Name: "Xnote", Type: reflect.TypeFor[string]()},
	})
	order := reflect.StructOf([]reflect.StructField{
		{Name: "Xmeta", Type: meta},
		{Name: "Items", Type: reflect.SliceOf(item), Tag: `xml:"item"`},
		{Name: "Lead", Type: reflect.PointerTo(item)},
		{Name: "Extra", Type: reflect.TypeFor[any]()},
		{Name: "Xsecret", Type: reflect.TypeFor[string]()},
	})
	alarm := reflect.StructOf([]reflect.StructField{
		{Name: "XMLName", Type: reflect.TypeFor[xml.Name]()},
		{Name: "Reason", Type: reflect.TypeFor[string]()},
	})
	iT, mT, oT, aT, pT := NewType(), NewType(), NewType(), NewType(), NewType()
	siT, piT := NewType(), NewType()
	Define(iT, "main.Item", true, nil, nil, "Name Qty", []*Type{nil, nil}, nil, nil, nil)
	Define(siT, "[]main.Item", false, iT, nil, "", nil, nil, nil, nil)
	Define(piT, "*main.Item", false, iT, nil, "", nil, nil, nil, nil)
	Define(mT, "main.meta", true, nil, nil, "ID note", []*Type{nil, nil}, nil, nil, nil)
	Define(oT, "main.Order", true, nil, nil, "~meta Items Lead Extra secret", []*Type{mT, siT, piT, nil, nil}, nil, nil, nil)
	Define(aT, "main.Alarm", true, nil, nil, "XMLName Reason", []*Type{nil, nil}, nil, nil, nil)
	Define(pT, "main.Port", true, nil, nil, "", nil, nil, nil, nil)
	rts = map[string]reflect.Type{"Item": item, "Order": order, "Alarm": alarm, "Port": reflect.TypeFor[int8]()}
	ts = map[string]*Type{"Item": iT, "Order": oT, "Alarm": aT, "Port": pT, "[]Item": siT, "*Item": piT}
	return rts, ts
}

// interpValueOf returns the interpreter's value of v, a value of a Go type
// of the script's above, copied field by field.
func interpValueOf(rts map[string]reflect.Type, v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return reflect.Zero(reflect.PointerTo(interpTypeOf(rts, v.Type().Elem())))
		}
		p := reflect.New(interpTypeOf(rts, v.Type().Elem()))
		p.Elem().Set(interpValueOf(rts, v.Elem()))
		return p
	case reflect.Slice:
		s := reflect.MakeSlice(reflect.SliceOf(interpTypeOf(rts, v.Type().Elem())), v.Len(), v.Len())
		for i := range v.Len() {
			s.Index(i).Set(interpValueOf(rts, v.Index(i)))
		}
		return s
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		return interpValueOf(rts, v.Elem())
	case reflect.Struct:
		rt, ok := rts[v.Type().Name()]
		if !ok && v.Type().Name() == "meta" {
			rt = rts["Order"].Field(0).Type
		}
		if !ok && rt == nil {
			return v
		}
		if !v.CanAddr() {
			c := reflect.New(v.Type()).Elem()
			c.Set(v)
			v = c
		}
		out := reflect.New(rt).Elem()
		for i := range v.NumField() {
			f := reflect.NewAt(v.Field(i).Type(), v.Field(i).Addr().UnsafePointer()).Elem()
			if out.Field(i).Kind() == reflect.Interface {
				if !f.IsNil() {
					out.Field(i).Set(interpValueOf(rts, f.Elem()))
				}
				continue
			}
			out.Field(i).Set(interpValueOf(rts, f))
		}
		return out
	case reflect.Int:
		if v.Type().Name() == "Port" {
			return reflect.ValueOf(int8(v.Int()))
		}
	}
	return v
}

func interpTypeOf(rts map[string]reflect.Type, t reflect.Type) reflect.Type {
	if rt, ok := rts[t.Name()]; ok {
		return rt
	}
	return t
}

// addressable returns a copy of x whose fields can be read through
// reflect (interpValueOf reads unexported ones).
func addressable(x any) reflect.Value {
	v := reflect.New(reflect.TypeOf(x)).Elem()
	v.Set(reflect.ValueOf(x))
	return v
}

// TestXML encodes the interpreter's values of the script's types through
// XML and checks that each encodes as encoding/xml encodes the Go value.
func TestXML(t *testing.T) {
	rts, ts := xmlTypes()
	tab := XMLTypes(
		[]any{reflect.Zero(reflect.SliceOf(rts["Item"])).Interface(), reflect.Zero(reflect.SliceOf(rts["Order"])).Interface(), reflect.Zero(reflect.SliceOf(rts["Alarm"])).Interface(), []int8(nil)},
		[]*Type{ts["Item"], ts["Order"], ts["Alarm"], ts["Port"]}, nil)
	it := Item{"bolt", 3}
	order := Order{meta{7, "n"}, []Item{{"a", 1}}, &it, Alarm{Reason: "x"}, "s"}
	sliceT := NewType()
	Define(sliceT, "[]any", false, nil, nil, "", nil, nil, nil, nil)
	for _, tt := range []struct {
		name string
		x    any   // the Go value
		t    *Type // its static type's description; nil: any
	}{
		{"a struct, named by its type", it, ts["Item"]},
		{"a pointer to one", &it, ts["*Item"]},
		{"a slice of them, each named", []Item{it, {"nut", 4}}, ts["[]Item"]},
		{"one in an any", it, nil},
		{"a struct that embeds, with unexported fields and an any", order, ts["Order"]},
		{"the same in an any", order, nil},
		{"an untagged XMLName left empty", Alarm{Reason: "door"}, ts["Alarm"]},
		{"an untagged XMLName set", Alarm{XMLName: xml.Name{Local: "fire"}, Reason: "smoke"}, ts["Alarm"]},
		{"a named basic type", Port(80), ts["Port"]},
		{"a slice of any", []any{it, Port(1), nil, "s", &it, []Item{it}}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			want, wantErr := xml.Marshal(tt.x)
			in := interpValueOf(rts, addressable(tt.x)).Interface()
			var lifted any
			if tt.t == nil {
				lifted = XML(in, nil, tab)
			} else {
				lifted = XML(in, tt.t, nil)
			}
			got, err := xml.Marshal(lifted)
			if string(got) != string(want) || (err == nil) != (wantErr == nil) {
				t.Errorf("got %s, %v\nwant %s, %v", got, err, want, wantErr)
			}
			if plain, err := xml.Marshal(in); string(plain) == string(want) && err == nil && tt.name != "an untagged XMLName set" {
				t.Errorf("the interpreter's value encodes as Go's without XML: %s", plain)
			}
		})
	}
}

// TestXMLTarget decodes into the interpreter's value of a struct that
// embeds one and has unexported fields, through XMLTarget, and checks
// that the variable holds what Go's decoding gives.
func TestXMLTarget(t *testing.T) {
	rts, ts := xmlTypes()
	const doc = `<Order id="9"><item><name>w</name><qty>2</qty></item><Xsecret>no</Xsecret><secret>no</secret><Xmeta><ID>4</ID></Xmeta><Lead><name>L</name></Lead></Order>`
	var want Order
	if err := xml.Unmarshal([]byte(doc), &want); err != nil {
		t.Fatal(err)
	}
	ptrT := NewType()
	Define(ptrT, "*main.Order", false, ts["Order"], nil, "", nil, nil, nil, nil)
	target := reflect.New(rts["Order"])
	if err := xml.Unmarshal([]byte(doc), XMLTarget(target.Interface(), ptrT, nil)); err != nil {
		t.Fatal(err)
	}
	got := target.Elem()
	if id := got.Field(0).Field(0).Int(); id != int64(want.ID) {
		t.Errorf("embedded attribute: got %d, want %d", id, want.ID)
	}
	if s := got.Field(4).String(); s != want.secret {
		t.Errorf("unexported field: got %q, want %q", s, want.secret)
	}
	if n := got.Field(1).Len(); n != len(want.Items) || got.Field(1).Index(0).Field(0).String() != want.Items[0].Name {
		t.Errorf("items: got %v, want %v", got.Field(1), want.Items)
	}
	if lead := got.Field(2); lead.IsNil() || lead.Elem().Field(0).String() != want.Lead.Name {
		t.Errorf("lead: got %v, want %v", lead, want.Lead)
	}
	tab := XMLTypes([]any{reflect.Zero(reflect.SliceOf(rts["Order"])).Interface()}, []*Type{ts["Order"]}, nil)
	held := reflect.New(rts["Order"])
	if err := xml.Unmarshal([]byte(doc), XMLTarget(held.Interface(), nil, tab)); err != nil {
		t.Fatal(err)
	}
	if id, s := held.Elem().Field(0).Field(0).Int(), held.Elem().Field(4).String(); id != int64(want.ID) || s != want.secret {
		t.Errorf("through an interface: got id %d, secret %q; want %d, %q", id, s, want.ID, want.secret)
	}
	plain := reflect.New(rts["Order"])
	if err := xml.Unmarshal([]byte(doc), plain.Interface()); err == nil && plain.Elem().Field(0).Field(0).Int() == int64(want.ID) {
		t.Errorf("the interpreter's type decodes the embedded attribute without XMLTarget")
	}
}

// BenchmarkXMLMarshal compares xml.Marshal of a compiled struct with
// xml.Marshal of the interpreter's value of it through XML, with its
// static type known and held in an any.
func BenchmarkXMLMarshal(b *testing.B) {
	rts, ts := xmlTypes()
	it := Item{"bolt", 3}
	in := interpValueOf(rts, addressable(it)).Interface()
	tab := XMLTypes([]any{reflect.Zero(reflect.SliceOf(rts["Item"])).Interface()}, []*Type{ts["Item"]}, nil)
	b.Run("compiled", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := xml.Marshal(it); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("lifted", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := xml.Marshal(XML(in, ts["Item"], nil)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("lifted-any", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := xml.Marshal(XML(in, nil, tab)); err != nil {
				b.Fatal(err)
			}
		}
	})
}

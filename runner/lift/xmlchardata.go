package lift

import "reflect"

// Go encodes a value of a named basic type (type Port int, type Raw
// []byte) met where it names the element by the type as <Port>80</Port>,
// through the Encoder's buffer, which an Encode writes to its writer once
// at its end. XML puts such a value in a struct of the same encoding, an
// XMLName tagged with the type's name and the value as character data,
// where a MarshalXML of its own (EncodeElement) flushed the buffer after
// each element: the same bytes, in a write per element of a []Port that a
// writer of the script's counts.

// charDataType returns the struct type that holds a value of rt, a basic
// type or a byte slice or array, as the element name: its value is a
// field of the basic type of rt's kind (a []byte for bytes), which
// encoding/xml writes as character data as it writes a basic value.
func charDataType(rt reflect.Type, name string) reflect.Type {
	return reflect.StructOf([]reflect.StructField{
		{Name: "XMLName", Type: nameType, Tag: reflect.StructTag(`xml:"` + name + `"`)},
		{Name: "Value", Type: plainKind(rt), Tag: `xml:",chardata"`},
	})
}

// charData returns v in a new value of out, a charDataType.
func charData(v reflect.Value, out reflect.Type) reflect.Value {
	o := reflect.New(out).Elem()
	f := o.Field(1)
	if v.Kind() == reflect.Array {
		b := make([]byte, v.Len())
		reflect.Copy(reflect.ValueOf(b), v)
		f.SetBytes(b)
		return o
	}
	f.Set(v.Convert(f.Type()))
	return o
}

// plainKind returns the type of Go's without a name of rt's kind, a []byte
// for a byte slice or array.
func plainKind(rt reflect.Type) reflect.Type {
	if k := rt.Kind(); k == reflect.Slice || k == reflect.Array {
		return reflect.TypeFor[[]byte]()
	}
	return plainKinds[rt.Kind()]
}

var plainKinds = map[reflect.Kind]reflect.Type{
	reflect.Bool:    reflect.TypeFor[bool](),
	reflect.Int:     reflect.TypeFor[int](),
	reflect.Int8:    reflect.TypeFor[int8](),
	reflect.Int16:   reflect.TypeFor[int16](),
	reflect.Int32:   reflect.TypeFor[int32](),
	reflect.Int64:   reflect.TypeFor[int64](),
	reflect.Uint:    reflect.TypeFor[uint](),
	reflect.Uint8:   reflect.TypeFor[uint8](),
	reflect.Uint16:  reflect.TypeFor[uint16](),
	reflect.Uint32:  reflect.TypeFor[uint32](),
	reflect.Uint64:  reflect.TypeFor[uint64](),
	reflect.Uintptr: reflect.TypeFor[uintptr](),
	reflect.Float32: reflect.TypeFor[float32](),
	reflect.Float64: reflect.TypeFor[float64](),
	reflect.String:  reflect.TypeFor[string](),
}

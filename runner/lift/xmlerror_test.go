package lift

import (
	"encoding/xml"
	"errors"
	"net"
	"reflect"
	"strings"
	"testing"
)

// TestXMLNamesErr checks that the errors encoding/xml makes about the
// interpreter's types (struct types of no name, made here with
// reflect.StructOf) name the script's types as a Go build's do, keep
// their type and fields, and that other errors pass as they are.
func TestXMLNamesErr(t *testing.T) {
	entry := reflect.StructOf([]reflect.StructField{{Name: "Addr", Type: reflect.TypeFor[string]()}, {Name: "Up", Type: reflect.TypeFor[bool]()}})
	server := reflect.StructOf([]reflect.StructField{
		{Name: "Addr", Type: reflect.TypeFor[string](), Tag: `xml:"listen>addr"`},
		{Name: "Port", Type: reflect.TypeFor[string](), Tag: `xml:"listen"`},
	})
	bad := reflect.StructOf([]reflect.StructField{{Name: "N", Type: reflect.TypeFor[int](), Tag: `xml:"n,attr,chardata"`}})
	names := XMLTypeNames(
		[]any{reflect.Zero(reflect.SliceOf(entry)).Interface(), reflect.Zero(reflect.SliceOf(server)).Interface(), reflect.Zero(reflect.SliceOf(bad)).Interface(), []Port(nil)},
		[]string{"main.Entry", "main.Server", "main.Bad", "main.Port"})
	marshal := func(v reflect.Value) error { _, err := xml.Marshal(v.Interface()); return err }
	unmarshal := func(v reflect.Value) error { return xml.Unmarshal([]byte("<x><a>1</a></x>"), v.Interface()) }
	arrayOf := reflect.StructOf([]reflect.StructField{{Name: "A", Type: reflect.ArrayOf(2, entry), Tag: `xml:"a"`}})
	netErr := &net.OpError{Op: "write", Net: "tcp", Err: errors.New("broken pipe")}
	for _, tt := range []struct {
		name    string
		err     error
		want    string
		tagPath bool // a *xml.TagPathError, of Go's fields
		typ     string
	}{
		{"a TagPathError", marshal(reflect.New(server)), `main.Server field "Addr" with tag "listen>addr" conflicts with field "Port" with tag "listen"`, true, "main.Server"},
		{"an UnsupportedTypeError of a map", marshal(reflect.MakeMap(reflect.MapOf(reflect.TypeFor[string](), entry))), "xml: unsupported type: map[string]main.Entry", false, "map[string]main.Entry"},
		{"an UnsupportedTypeError of a pool type's map", marshal(reflect.ValueOf(map[string]Port{})), "xml: unsupported type: map[string]main.Port", false, "map[string]main.Port"},
		{"a rejected tag", marshal(reflect.New(bad)), `xml: invalid tag in field N of type main.Bad: "n,attr,chardata"`, false, ""},
		{"decoding into an array", unmarshal(reflect.New(arrayOf)), "unknown type [2]main.Entry", false, ""},
		{"a connection's error", netErr, netErr.Error(), false, ""},
		{"a syntax error", xml.Unmarshal([]byte("<a"), new(int)), "XML syntax error on line 1: unexpected EOF", false, ""},
		{"no type of the script's", marshal(reflect.ValueOf(map[string]int{})), "xml: unsupported type: map[string]int", false, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := names.Err(tt.err)
			if got.Error() != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			if tt.err.Error() == tt.want && got != tt.err {
				t.Errorf("an error that names no type of the script's is another: %#v", got)
			}
			var tpe *xml.TagPathError
			if errors.As(got, &tpe) != tt.tagPath {
				t.Fatalf("errors.As(%T, *xml.TagPathError) is %t", got, !tt.tagPath)
			}
			if tt.tagPath {
				orig := tt.err.(*xml.TagPathError)
				if tpe.Struct.String() != tt.typ || tpe.Struct.Name() != "Server" || tpe.Struct.PkgPath() != "main" || tpe.Struct.Kind() != reflect.Struct {
					t.Errorf("Struct is %v, %q, %q, %v", tpe.Struct, tpe.Struct.Name(), tpe.Struct.PkgPath(), tpe.Struct.Kind())
				}
				if tpe.Field1 != orig.Field1 || tpe.Tag1 != orig.Tag1 || tpe.Field2 != orig.Field2 || tpe.Tag2 != orig.Tag2 {
					t.Errorf("fields %+v, want those of %+v", tpe, orig)
				}
			}
			var ute *xml.UnsupportedTypeError
			if errors.As(got, &ute) && tt.typ != "" {
				if ute.Type.String() != tt.typ || ute.Type.Name() != "" || ute.Type.Kind() != reflect.Map {
					t.Errorf("Type is %v, %q, %v", ute.Type, ute.Type.Name(), ute.Type.Kind())
				}
			}
		})
	}
	if names.Err(nil) != nil {
		t.Error("Err(nil) is not nil")
	}
	if b, err := names.Bytes([]byte("<a></a>"), nil); string(b) != "<a></a>" || err != nil {
		t.Errorf("Bytes of a success: %q, %v", b, err)
	}
}

// TestXMLTypeNamesAlike checks that two types whose runtime types the
// interpreter spells alike are named by neither, and that the types
// lift.XML makes for a script's named types are named.
func TestXMLTypeNamesAlike(t *testing.T) {
	st := reflect.StructOf([]reflect.StructField{{Name: "M", Type: reflect.TypeFor[map[string]int](), Tag: `xml:"m"`}})
	z := reflect.Zero(reflect.SliceOf(st)).Interface()
	names := XMLTypeNames([]any{z, z}, []string{"main.A", "main.B"})
	err := names.Err(&xml.UnsupportedTypeError{Type: st})
	if strings.Contains(err.Error(), "main.") {
		t.Errorf("two types spelled alike named: %v", err)
	}
	// lift.XML gives a value Go names by its type an XMLName field
	desc := &Type{name: "main.Conf", defined: true, fields: []field{{name: "M", t: &Type{name: "map[string]int"}}}}
	v := reflect.New(st).Elem().Interface()
	_, err = xml.Marshal(XML(v, desc, nil))
	if got := names.Err(err).Error(); got != "xml: unsupported type: map[string]int" {
		t.Errorf("got %q", got)
	}
	tagged := reflect.StructOf([]reflect.StructField{{Name: "A", Type: reflect.TypeFor[int](), Tag: `xml:"a"`}, {Name: "B", Type: reflect.TypeFor[int](), Tag: `xml:"a"`}})
	desc = &Type{name: "main.Pair", defined: true, fields: []field{{name: "A", t: &Type{name: "int"}}, {name: "B", t: &Type{name: "int"}}}}
	_, err = xml.Marshal(XML(reflect.New(tagged).Elem().Interface(), desc, nil))
	if got := XMLTypeNames(nil, nil).Err(err).Error(); !strings.HasPrefix(got, "main.Pair field ") {
		t.Errorf("the error about a type lift.XML made names %q", got)
	}
}

// BenchmarkXMLNames measures what handing a successful xml.Marshal's
// results through the file's table costs, against the call alone.
func BenchmarkXMLNames(b *testing.B) {
	type conf struct {
		Addr string `xml:"addr"`
		Port int    `xml:"port"`
	}
	names := XMLTypeNames([]any{[]conf(nil)}, []string{"main.Conf"})
	v := conf{"127.0.0.1", 8080}
	b.Run("direct", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := xml.Marshal(v); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("named", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := names.Bytes(xml.Marshal(v)); err != nil {
				b.Fatal(err)
			}
		}
	})
}

package lift

import (
	"errors"
	"fmt"
	htmltemplate "html/template"
	"reflect"
	"strings"
	"testing"
	"text/template"
)

// TestTemplateError renames the interpreter's spellings of a script's
// types in a template's errors, and leaves the rest of the text, the
// error's kind and its chain alone.
func TestTemplateError(t *testing.T) {
	inner := reflect.StructOf([]reflect.StructField{{Name: "A", Type: reflect.TypeFor[int]()}})
	outer := reflect.StructOf([]reflect.StructField{{Name: "In", Type: inner}, {Name: "Xn", Type: reflect.TypeFor[string]()}})
	tab := TemplateTypes([]any{
		reflect.Zero(reflect.SliceOf(inner)).Interface(),
		reflect.Zero(reflect.SliceOf(outer)).Interface(),
		[]Port(nil),
		[]int(nil), // a type of Go's, spelled as Go names it
	}, []string{"main.Inner", "main.Outer", "main.Level", "int"}, [][]string{nil, {"n"}})
	for _, tt := range []struct{ name, in, want string }{
		{"a struct", "can't evaluate field X in type struct { A int }", "can't evaluate field X in type main.Inner"},
		{"a struct that holds the other", "can't evaluate field X in type struct { In struct { A int }; Xn string }", "can't evaluate field X in type main.Outer"},
		{"pointers and slices of them", "wrong type for value; expected *struct { A int }; got []struct { In struct { A int }; Xn string }", "wrong type for value; expected *main.Inner; got []main.Outer"},
		{"a type of the pool", "can't evaluate field X in type lift.Port", "can't evaluate field X in type main.Level"},
		{"a longer name of the pool", "can't evaluate field X in type lift.Portal", "can't evaluate field X in type lift.Portal"},
		{"an unexported field", "can't evaluate field n in type struct { In struct { A int }; Xn string }", "n is an unexported field of struct type main.Outer"},
		{"an unexported field through a pointer", "can't evaluate field n in type *struct { In struct { A int }; Xn string }", "n is an unexported field of struct type *main.Outer"},
		{"a missing field of a struct with unexported ones", "can't evaluate field m in type struct { In struct { A int }; Xn string }", "can't evaluate field m in type main.Outer"},
		{"none of the script's", "can't evaluate field X in type int", "can't evaluate field X in type int"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			cause := errors.New("cause")
			err := template.ExecError{Name: "page", Err: fmt.Errorf("%s: %w", tt.in, cause)}
			got := TemplateError(err, tab)
			var ee template.ExecError
			if !errors.As(got, &ee) || ee.Name != "page" {
				t.Errorf("TemplateError = %#v, want a template.ExecError of name page", got)
			}
			if got.Error() != tt.want+": cause" {
				t.Errorf("TemplateError = %q, want %q", got.Error(), tt.want+": cause")
			}
			if !errors.Is(got, cause) {
				t.Errorf("TemplateError(%q) does not wrap its cause", tt.in)
			}
		})
	}
	if TemplateError(nil, tab) != nil {
		t.Errorf("TemplateError(nil) is not nil")
	}
	plain := errors.New("template: no template \"x\" associated with template \"y\"")
	if got := TemplateError(plain, tab); got != plain {
		t.Errorf("TemplateError(%v) = %v, want the same error", plain, got)
	}
}

// TestTemplatePrintf gives a template a printf that names the script's
// types and unexported fields as Go does where the format prints them, and
// leaves the rest as fmt.Sprintf prints it.
func TestTemplatePrintf(t *testing.T) {
	sensor := reflect.StructOf([]reflect.StructField{
		{Name: "Name", Type: reflect.TypeFor[string]()},
		{Name: "Xtoken", Type: reflect.TypeFor[string]()},
	})
	other := reflect.StructOf([]reflect.StructField{{Name: "Xid", Type: reflect.TypeFor[string]()}})
	tab := TemplateTypes([]any{
		reflect.Zero(reflect.SliceOf(sensor)).Interface(),
		reflect.Zero(reflect.SliceOf(other)).Interface(),
	}, []string{"main.Sensor", "main.Other"}, [][]string{{"token", "id"}, nil})
	s := reflect.New(sensor).Elem()
	s.Field(0).SetString("roof")
	s.Field(1).SetString("t0k")
	o := reflect.New(other).Elem()
	o.Field(0).SetString("o1")
	for _, tt := range []struct {
		name, src string
		data      any
		want      string
	}{
		{"%T and %+v", `{{printf "%T %+v" . .}}`, s.Interface(), "main.Sensor {Name:roof token:t0k}"},
		{"%#v through a pointer", `{{printf "%#v" .}}`, s.Addr().Interface(), `&main.Sensor{Name:"roof", token:"t0k"}`},
		{"%v alone", `{{printf "%v Xtoken:" .}}`, s.Interface(), "{roof t0k} Xtoken:"},
		{"a field of another type exported under the name", `{{printf "%+v" .}}`, o.Interface(), "{Xid:o1}"},
		{"a type of Go's", `{{printf "%T %d" . 3}}`, 1.5, "float64 3"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			tmpl := TemplateText(template.Must(template.New("x").Parse(tt.src)), tab)
			if err := tmpl.Execute(&b, tt.data); err != nil || b.String() != tt.want {
				t.Errorf("text/template: %q, %v; want %q", b.String(), err, tt.want)
			}
			b.Reset()
			h := TemplateHTML(htmltemplate.Must(htmltemplate.New("x").Parse(tt.src)), tab)
			if err := h.Execute(&b, tt.data); err != nil || b.String() != htmltemplate.HTMLEscapeString(tt.want) {
				t.Errorf("html/template: %q, %v; want %q", b.String(), err, htmltemplate.HTMLEscapeString(tt.want))
			}
		})
	}
}

// TestTemplateUntold names, in a template's error, the types of one
// execution's data that the interpreter makes their underlying type, where
// they stand as a whole type in the message, and leaves the template's
// name and node, and other types' spellings, alone.
func TestTemplateUntold(t *testing.T) {
	key := reflect.StructOf([]reflect.StructField{{Name: "A", Type: reflect.TypeFor[int]()}})
	base := TemplateTypes([]any{reflect.Zero(reflect.SliceOf(key)).Interface()}, []string{"main.Key"}, nil)
	tab := TemplateUntold(base, []any{[][]string(nil), []*[]string(nil), [][][]string(nil), reflect.Zero(reflect.SliceOf(reflect.MapOf(key, reflect.TypeFor[[]string]()))).Interface()},
		[]string{"main.Tags", "*main.Tags", "[]main.Tags", "map[main.Key]main.Tags"})
	const at = `template: p:1:18: executing "p" at <.Tags.First>: `
	for _, tt := range []struct{ name, in, want string }{
		{"the type", at + "can't evaluate field First in type []string", at + "can't evaluate field First in type main.Tags"},
		{"a pointer to it", at + "nil pointer evaluating *[]string.First", at + "nil pointer evaluating *main.Tags.First"},
		{"a slice of it", at + "can't evaluate field First in type [][]string", at + "can't evaluate field First in type []main.Tags"},
		{"a map of a told type to it", at + "can't evaluate field First in type map[struct { A int }][]string", at + "can't evaluate field First in type map[main.Key]main.Tags"},
		{"a type of its spelling inside another", at + "can't evaluate field First in type [2][]string", at + "can't evaluate field First in type [2][]string"},
		{"the node and the template's name", `template: []string:1:18: executing "[]string" at <index . "[]string">: can't evaluate field F in type int`, `template: []string:1:18: executing "[]string" at <index . "[]string">: can't evaluate field F in type int`},
		{"a told type", at + "can't evaluate field First in type struct { A int }", at + "can't evaluate field First in type main.Key"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := template.ExecError{Name: "p", Err: errors.New(tt.in)}
			got := TemplateError(err, tab)
			if got.Error() != tt.want {
				t.Errorf("TemplateError = %q, want %q", got.Error(), tt.want)
			}
			if _, ok := got.(template.ExecError); !ok {
				t.Errorf("TemplateError = %T, want a template.ExecError", got)
			}
		})
	}
	if got := TemplateError(errors.New(at+"in type []string"), TemplateUntold(nil, nil, nil)); got.Error() != at+"in type []string" {
		t.Errorf("a table of no types renamed: %q", got)
	}
	if TemplateUntold(nil, []any{[][]string(nil)}, []string{"main.Tags"}).untold(at+"in type []string") != at+"in type main.Tags" {
		t.Errorf("a table made of none does not name the untold types")
	}
}

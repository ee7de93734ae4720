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

// TestTemplatePrintfUntold names, in a template's printf, the types of
// one execution's data that the interpreter makes their underlying type
// (type Tags []string is []string), where they stand as whole types.
func TestTemplatePrintfUntold(t *testing.T) {
	tab := TemplateUntold(nil, []any{[][]string(nil), [][][]string(nil), []map[string]int(nil)}, []string{"main.Tags", "[]main.Tags", "main.Scores"})
	for _, tt := range []struct {
		name, src string
		data      any
		want      string
	}{
		{"%T and %#v, beside a separator of the format's", `{{printf "%T|%#v" . .}}`, []string{"a"}, `main.Tags|main.Tags{"a"}`},
		{"a slice of them, outer and inner", `{{printf "%#v" .}}`, [][]string{{"z"}}, `[]main.Tags{main.Tags{"z"}}`},
		{"a map", `{{printf "%T %#v" . .}}`, map[string]int{"a": 1}, `main.Scores main.Scores{"a":1}`},
		{"a spelling inside a longer type's, or in a value", `{{printf "%T %#v" . .}}`, map[string][]string{"k": {"[]string"}}, `map[string][]string map[string][]string{"k":main.Tags{"[]string"}}`},
		{"a quoted string with a quote in it", `{{printf "%#v" .}}`, []string{`say "[]string"`}, `main.Tags{"say \"[]string\""}`},
		{"%v alone", `{{printf "%v" .}}`, []string{"a"}, "[a]"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			tmpl := TemplateText(template.Must(template.New("x").Parse(tt.src)), tab)
			if err := tmpl.Execute(&b, tt.data); err != nil || b.String() != tt.want {
				t.Errorf("text/template: %q, %v; want %q", b.String(), err, tt.want)
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

// TestOwnPrintfReadsTextTemplate checks that TemplateText and TemplateHTML
// leave a printf the script gave a template's namespace (found in
// text/template's unexported function map, whose layout this holds to
// the toolchain's), before or after theirs, and give their own to the
// others, a template parsed in the namespace of one with functions too.
func TestOwnPrintfReadsTextTemplate(t *testing.T) {
	sensor := reflect.StructOf([]reflect.StructField{{Name: "Xtoken", Type: reflect.TypeFor[string]()}})
	tab := TemplateTypes([]any{reflect.Zero(reflect.SliceOf(sensor)).Interface()}, []string{"main.Sensor"}, [][]string{{"token"}})
	s := reflect.New(sensor).Elem().Interface()
	mine := template.FuncMap{"printf": func(string, ...any) string { return "mine" }}
	up := template.FuncMap{"up": strings.ToUpper}
	const src = `{{printf "%T" .}}`
	for _, tt := range []struct {
		name string
		tmpl func() *template.Template
		want string
	}{
		{"no functions", func() *template.Template { return template.Must(template.New("x").Parse(src)) }, "main.Sensor"},
		{"functions of another name", func() *template.Template { return template.Must(template.New("x").Funcs(up).Parse(src)) }, "main.Sensor"},
		{"the script's printf", func() *template.Template { return template.Must(template.New("x").Funcs(mine).Parse(src)) }, "mine"},
		{"the script's printf after TemplateText's", func() *template.Template {
			x := TemplateText(template.Must(template.New("x").Parse(src)), tab)
			return x.Funcs(mine)
		}, "mine"},
		{"an associated template of a namespace with the script's printf", func() *template.Template {
			x := template.Must(template.New("x").Funcs(mine).Parse(src))
			return template.Must(x.New("y").Parse(src))
		}, "mine"},
	} {
		var b strings.Builder
		x := TemplateText(tt.tmpl(), tab)
		if err := x.Execute(&b, s); err != nil || b.String() != tt.want {
			t.Errorf("%s: %q, %v; want %q", tt.name, b.String(), err, tt.want)
		}
		b.Reset()
		if err := TemplateText(x, tab).Execute(&b, s); err != nil || b.String() != tt.want {
			t.Errorf("%s, executed again: %q, %v; want %q", tt.name, b.String(), err, tt.want)
		}
	}
	h := htmltemplate.Must(htmltemplate.New("h").Funcs(htmltemplate.FuncMap{"printf": func(string, ...any) string { return "mine" }}).Parse(src))
	var b strings.Builder
	if err := TemplateHTML(h, tab).Execute(&b, s); err != nil || b.String() != "mine" {
		t.Errorf("html/template with the script's printf: %q, %v; want mine", b.String(), err)
	}
	b.Reset()
	if err := TemplateHTML(htmltemplate.Must(htmltemplate.New("h").Parse(src)), tab).Execute(&b, s); err != nil || b.String() != "main.Sensor" {
		t.Errorf("html/template: %q, %v; want main.Sensor", b.String(), err)
	}
}

// TestTemplateFieldsHidden executes templates that name a struct's
// unexported field by the interpreter's name for it (Xtoken) on the
// interpreter's form of the struct: the execution fails there, with Go's
// error (as a Go build of the same templates on a *main.Session writes it), in text/template and html/template, in the namespace's other
// templates too, and names of other fields are left as they are.
func TestTemplateFieldsHidden(t *testing.T) {
	session := reflect.StructOf([]reflect.StructField{
		{Name: "User", Type: reflect.TypeFor[string]()},
		{Name: "Xtoken", Type: reflect.TypeFor[string]()},
	})
	tab := TemplateTypes([]any{reflect.Zero(reflect.SliceOf(session)).Interface()}, []string{"main.Session"}, [][]string{{"token"}})
	s := reflect.New(session)
	s.Elem().Field(0).SetString("ann")
	s.Elem().Field(1).SetString("t0k")
	for _, tt := range []struct{ name, src, out, err string }{
		{"a field", `{{.User}} {{.Xtoken}}`, "ann ", `template: x:1:12: executing "x" at <.Xtoken>: can't evaluate field Xtoken in type *main.Session`},
		{"a variable's field", `{{$s := .}}{{$s.Xtoken}}`, "", `template: x:1:15: executing "x" at <$s.Xtoken>: can't evaluate field Xtoken in type *main.Session`},
		{"a chain's field", `{{(.).Xtoken}}`, "", `template: x:1:3: executing "x" at <.>: can't evaluate field Xtoken in type *main.Session`},
		{"another template of the namespace", `{{define "y"}}{{.Xtoken}}{{end}}{{template "y" .}}`, "", `template: x:1:16: executing "y" at <.Xtoken>: can't evaluate field Xtoken in type *main.Session`},
		{"the field by its own name", `{{.token}}`, "", `template: x:1:2: executing "x" at <.token>: token is an unexported field of struct type *main.Session`},
		{"an exported field", `{{.User}}`, "ann", ""},
	} {
		for i := range 2 { // once more: the trees are as the template wrote them between executions
			var b strings.Builder
			err := TemplateError(TemplateTextFor(template.Must(template.New("x").Parse(tt.src)), tab).Execute(&b, s.Interface()), tab)
			if b.String() != tt.out || fmt.Sprint(err) != tt.err && (err != nil || tt.err != "") {
				t.Errorf("%s (%d): %q, %v; want %q, %s", tt.name, i, b.String(), err, tt.out, tt.err)
			}
		}
		var b strings.Builder
		err := TemplateError(TemplateHTMLFor(htmltemplate.Must(htmltemplate.New("x").Parse(tt.src)), tab).Execute(&b, s.Interface()), tab)
		if fmt.Sprint(err) != tt.err && (err != nil || tt.err != "") {
			t.Errorf("%s, html/template: %v; want %s", tt.name, err, tt.err)
		}
	}
}

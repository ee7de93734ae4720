package lift

import (
	"fmt"
	htmltemplate "html/template"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"text/template"
	"time"
)

// TestTemplateFieldsByData runs templates that name a struct's unexported
// field by the interpreter's name for it (Xtoken) with data of each
// shape: a field of a struct fails as in Go, a map's key is looked up as
// in Go, and data that could be either fails with socklab's error, in
// text/template and html/template, twice each (the trees are as written
// between executions).
func TestTemplateFieldsByData(t *testing.T) {
	session := reflect.StructOf([]reflect.StructField{
		{Name: "User", Type: reflect.TypeFor[string]()},
		{Name: "Xtoken", Type: reflect.TypeFor[string]()},
	})
	tab := TemplateTypes([]any{reflect.Zero(reflect.SliceOf(session)).Interface()}, []string{"main.Session"}, [][]string{{"token"}})
	s := reflect.New(session).Elem()
	s.Field(0).SetString("ann")
	s.Field(1).SetString("t0k")
	sess := s.Interface()
	typed := reflect.MakeMap(reflect.MapOf(reflect.TypeFor[string](), session))
	typed.SetMapIndex(reflect.ValueOf("S"), s)
	ambiguous := "which socklab cannot tell apart before the template runs"
	for _, tt := range []struct {
		name, src string
		data      any
		out, err  string
	}{
		{"a struct in a map", `{{.S.User}} {{.S.Xtoken}}`, typed.Interface(), "ann ", `template: x:1:16: executing "x" at <.S.Xtoken>: can't evaluate field Xtoken in type main.Session`},
		{"a struct in a map of any", `{{.Title}} {{.S.User}} {{.S.Xtoken}}`, map[string]any{"Title": "t", "S": sess}, "t ann ", `template: x:1:27: executing "x" at <.S.Xtoken>: can't evaluate field Xtoken in type interface {}`},
		{"structs ranged over in a map", `{{range .Users}}{{.User}}:{{.Xtoken}}{{end}}`, map[string]any{"Users": []any{sess}}, "ann:", `template: x:1:28: executing "x" at <.Xtoken>: can't evaluate field Xtoken in type interface {}`},
		{"a map's key", `{{.Xtoken}}|{{.User}}`, map[string]string{"Xtoken": "key", "User": "u"}, "key|u", ""},
		{"a map of any's key", `{{.Xtoken}}`, map[any]any{"Xtoken": 7}, "7", ""},
		{"a map without the key", `{{with .Xtoken}}yes{{else}}no{{end}}`, map[string]string{"User": "u"}, "no", ""},
		{"a map without the key, missingkey=error", `{{.Xtoken}}`, map[string]any{"S": sess}, "", `template: x:1:2: executing "x" at <.Xtoken>: map has no entry for key "Xtoken"`},
		{"a key beside a struct", `{{.Xtoken}} {{.S.User}}`, map[string]any{"Xtoken": 1, "S": sess}, "1 ann", ""},
		{"a key beside a struct, through a variable", `{{$s := .S}}{{.Xtoken}}{{$s.Xtoken}}`, map[string]any{"Xtoken": 1, "S": sess}, "1", `template: x:1:27: executing "x" at <$s.Xtoken>: can't evaluate field Xtoken in type main.Session`},
		{"a key of a map ranged over beside structs", `{{range $k, $v := .}}{{$v.Xtoken}};{{end}}`, map[string]any{"M": map[string]int{"Xtoken": 2}, "S": sess}, "", ambiguous},
		{"a key beside a struct a template call is handed", `{{.M.Xtoken}};{{template "y" .S}}{{define "y"}}{{.Xtoken}}{{end}}`, map[string]any{"M": map[string]int{"Xtoken": 2}, "S": sess}, "2;", `template: x:1:49: executing "y" at <.Xtoken>: can't evaluate field Xtoken in type main.Session`},
		{"a function in the data", `{{.S.Xtoken}}`, map[string]any{"S": sess, "F": func() map[string]int { return nil }}, "", `template: x:1:4: executing "x" at <.S.Xtoken>: can't evaluate field Xtoken in type interface {}`},
		{"an element that is a struct or a map of the key", `{{range .L}}{{.Xtoken}}{{end}}`, map[string]any{"L": []any{map[string]int{"Xtoken": 1}, sess}}, "", ambiguous},
		{"a method's result, beside a method that returns a map", `{{.U.Query.Xtoken}}`, map[string]any{"S": sess, "U": &url.URL{}}, "", ambiguous},
		{"a method's result, in data that can hold no such key", `{{.T.UTC.Xtoken}}`, map[string]any{"S": sess, "T": time.Time{}}, "", `template: x:1:4: executing "x" at <.T.UTC.Xtoken>: can't evaluate field Xtoken in type time.Time`},
		{"a function that returns a string", `{{.S.Xtoken}}`, map[string]any{"S": sess, "F": strings.ToUpper}, "", `template: x:1:4: executing "x" at <.S.Xtoken>: can't evaluate field Xtoken in type interface {}`},
	} {
		for i := range 2 {
			for _, html := range []bool{false, true} {
				var b strings.Builder
				var err error
				if html {
					x := htmltemplate.Must(htmltemplate.New("x").Parse(tt.src))
					if strings.Contains(tt.name, "missingkey") {
						x.Option("missingkey=error")
					}
					err = TemplateHTMLFor(x, tab).Execute(&b, tt.data)
				} else {
					x := template.Must(template.New("x").Parse(tt.src))
					if strings.Contains(tt.name, "missingkey") {
						x.Option("missingkey=error")
					}
					err = TemplateTextFor(x, tab).Execute(&b, tt.data)
				}
				err = TemplateError(err, tab)
				got := fmt.Sprint(err)
				if err == nil {
					got = ""
				}
				if b.String() != tt.out || got != tt.err && !(tt.err == ambiguous && strings.Contains(got, ambiguous)) {
					t.Errorf("%s (%d, html %v): %q, %v; want %q, %s", tt.name, i, html, b.String(), err, tt.out, tt.err)
				}
			}
		}
	}
}

// TestTemplateFieldsFuncs: a function of the template's own that may
// return a map makes an execution that names such a field in its result
// fail with socklab's error, and one that returns a string does not.
func TestTemplateFieldsFuncs(t *testing.T) {
	session := reflect.StructOf([]reflect.StructField{{Name: "Xtoken", Type: reflect.TypeFor[string]()}})
	tab := TemplateTypes([]any{reflect.Zero(reflect.SliceOf(session)).Interface()}, []string{"main.Session"}, [][]string{{"token"}})
	data := reflect.New(session).Elem().Interface()
	for _, tt := range []struct {
		name  string
		funcs template.FuncMap
		fails bool
	}{
		{"a string", template.FuncMap{"f": func(v any) string { return "s" }}, false},
		{"a map", template.FuncMap{"f": func(v any) map[string]any { return nil }}, true},
		{"an any", template.FuncMap{"f": func(v any) any { return v }}, true},
	} {
		x := template.Must(template.New("x").Funcs(tt.funcs).Parse(`{{(f .).Xtoken}}`))
		err := TemplateTextFor(x, tab).Execute(new(strings.Builder), data)
		if got := err != nil && strings.Contains(err.Error(), "cannot tell apart"); got != tt.fails {
			t.Errorf("%s: %v; want socklab's error %v", tt.name, err, tt.fails)
		}
	}
}

// TestTemplateFieldsConcurrent executes one template on several goroutines
// at once, with data that needs the field renamed (a struct) and data that
// needs it as written (a map's key): each execution gets its own answer.
func TestTemplateFieldsConcurrent(t *testing.T) {
	session := reflect.StructOf([]reflect.StructField{{Name: "Xtoken", Type: reflect.TypeFor[string]()}})
	tab := TemplateTypes([]any{reflect.Zero(reflect.SliceOf(session)).Interface()}, []string{"main.Session"}, [][]string{{"token"}})
	sess := reflect.New(session).Elem().Interface()
	x := template.Must(template.New("x").Parse(`[{{.Xtoken}}]`))
	errs := make(chan error, 8)
	for g := range 8 {
		go func() {
			for i := range 50 {
				var b strings.Builder
				if (g+i)%2 == 0 {
					err := TemplateError(TemplateTextFor(x, tab).Execute(&b, sess), tab)
					if want := `template: x:1:3: executing "x" at <.Xtoken>: can't evaluate field Xtoken in type main.Session`; fmt.Sprint(err) != want {
						errs <- fmt.Errorf("a struct: %v; want %s", err, want)
						return
					}
				} else if err := TemplateTextFor(x, tab).Execute(&b, map[string]string{"Xtoken": "k"}); err != nil || b.String() != "[k]" {
					errs <- fmt.Errorf("a map: %q, %v; want [k]", b.String(), err)
					return
				}
			}
			errs <- nil
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// BenchmarkTemplateExecute times an execution of a one-field template by
// TemplateText (printf alone) and by TemplateTextFor, whose template names
// no hidden field, and one that names one in a branch not taken (the data
// walked, the field renamed and named again).
func BenchmarkTemplateExecute(b *testing.B) {
	session := reflect.StructOf([]reflect.StructField{
		{Name: "User", Type: reflect.TypeFor[string]()},
		{Name: "Xtoken", Type: reflect.TypeFor[string]()},
	})
	tab := TemplateTypes([]any{reflect.Zero(reflect.SliceOf(session)).Interface()}, []string{"main.Session"}, [][]string{{"token"}})
	s := reflect.New(session).Elem()
	s.Field(0).SetString("ann")
	data := s.Interface()
	plain := template.Must(template.New("x").Parse(`{{.User}}`))
	named := template.Must(template.New("y").Parse(`{{if false}}{{.Xtoken}}{{end}}{{.User}}`))
	for _, bb := range []struct {
		name string
		run  func(w *strings.Builder) error
	}{
		{"TemplateText", func(w *strings.Builder) error { return TemplateText(plain, tab).Execute(w, data) }},
		{"TemplateTextFor", func(w *strings.Builder) error { return TemplateTextFor(plain, tab).Execute(w, data) }},
		{"TemplateTextFor/named", func(w *strings.Builder) error { return TemplateTextFor(named, tab).Execute(w, data) }},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			var w strings.Builder
			for b.Loop() {
				w.Reset()
				if err := bb.run(&w); err != nil || w.String() != "ann" {
					b.Fatal(w.String(), err)
				}
			}
		})
	}
}

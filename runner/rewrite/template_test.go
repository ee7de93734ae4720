package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("template_error_names", "template-error-names"),
		fromCorpus("template_error_slices", "template-error-slices"),
		program{"template_error_chain", `package main

import (
	"errors"
	"fmt"
	"io"
	"text/template"
)

type Level int

func (l Level) String() string { return "level" }

type Inner struct{ A int }

type Outer struct {
	In  Inner
	Lvl Level
	Ins []*Inner
}

var errBoom = errors.New("boom")

func main() {
	t := template.Must(template.New("root").Funcs(template.FuncMap{
		"boom": func(v any) (string, error) { return "", fmt.Errorf("on %T: %w", v, errBoom) },
	}).Parse(` + "`" + `{{define "a"}}{{.In.Nope}}{{end}}{{define "b"}}{{.Lvl.Nope}}{{end}}{{define "c"}}{{boom .}}{{end}}{{define "d"}}{{range .Ins}}{{.Nope}}{{end}}{{end}}` + "`" + `))
	o := Outer{Ins: []*Inner{{1}}}
	for _, name := range []string{"a", "b", "c", "d"} {
		err := t.ExecuteTemplate(io.Discard, name, o)
		var ee template.ExecError
		fmt.Println(err, errors.As(err, &ee), ee.Name, errors.Is(err, errBoom))
	}
	err := t.ExecuteTemplate(io.Discard, "nope", &o)
	fmt.Println(err)
}
`},
		program{"template_error_printed", `package main

import (
	"errors"
	"fmt"
	"io"
	"text/template"
)

type E struct{ N int }

func (e *E) Error() string { return fmt.Sprintf("bad %d", e.N) }

type Page struct{ Title string }

func check(s string) (string, error) {
	if s == "" {
		return "", &E{7}
	}
	return s, nil
}

func main() {
	t := template.Must(template.New("x").Funcs(template.FuncMap{"check": check}).Parse("{{check .Title}}{{.Nope}}"))
	fmt.Println(t.Execute(io.Discard, Page{"ok"}))
	err := t.Execute(io.Discard, Page{})
	fmt.Println(err)
	var e *E
	fmt.Println(errors.As(err, &e), e != nil && e.N == 7)
	fmt.Printf("%v|%s\n", t.Execute(io.Discard, &Page{"x"}), fmt.Sprint(t.ExecuteTemplate(io.Discard, "x", []Page{})))
}
`},
		program{"template_printf", `package main

import (
	"fmt"
	"strings"
	"text/template"
)

type Celsius float64

type Sensor struct {
	Name  string
	Temp  Celsius
	token string
}

func main() {
	var b strings.Builder
	t := template.Must(template.New("x").Parse(` + "`" + `{{printf "%T %+v %#v" . . .}} {{printf "%T" .Temp}}` + "`" + `))
	t.Execute(&b, Sensor{"roof", 21.5, "t0k"})
	_ = t.Execute(&b, &Sensor{"attic", 19, "k"})
	fmt.Println(b.String())
}
`},
	)
}

// TestTemplateUntoldEdits checks the table pass template hands the error
// of an execution whose data holds types the interpreter makes their
// underlying type: the file's table with those of the data's static type,
// in a table of the call's own, where the file has no struct type too;
// and its printf, where the package gives templates no functions of its
// own.
func TestTemplateUntoldEdits(t *testing.T) {
	const decls = "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"text/template\"\n)\n\nvar t = template.Must(template.New(\"\").Parse(\"{{.}}\"))\n\n"
	for _, tt := range []struct {
		name, src string
		want, not []string
	}{
		{"a struct's fields",
			decls + "type Tags []string\ntype P struct {\n\tT Tags\n\tL []Tags\n\tM map[string]*Tags\n}\n\nfunc main() {\n\tfmt.Println(t.Execute(os.Stdout, P{}))\n}\n",
			[]string{".TemplateUntold(_slT", "[]any{[]Tags(nil), [][]Tags(nil), []map[string]*Tags(nil), []*Tags(nil)}", `[]string{"main.Tags", "[]main.Tags", "map[string]*main.Tags", "*main.Tags"})`, ".TemplateError(", ", _slTU"}, nil},
		{"no struct type in the file",
			decls + "type Tags []string\n\nfunc main() {\n\tfmt.Println(t.Execute(os.Stdout, Tags{}))\n}\n",
			[]string{".TemplateUntold(nil, []any{[]Tags(nil)}, []string{\"main.Tags\"})", ".TemplateError(", ".TemplateTextFor(/*line :14:14*/t, _slTU"}, nil},
		{"a discarded error: the table for printf alone",
			decls + "type Tags []string\n\nfunc main() {\n\tt.Execute(os.Stdout, Tags{})\n\tfmt.Println()\n}\n",
			[]string{".TemplateUntold(nil, []any{[]Tags(nil)}, []string{\"main.Tags\"})", ".TemplateTextFor(/*line :14:2*/t, _slTU"}, []string{".TemplateError("}},
		{"template functions of the script's, whose results printf may print: the file's table for printf",
			decls + "type Tags []string\ntype P struct{ T Tags }\n\nfunc main() {\n\tt.Funcs(template.FuncMap{\"up\": func() []string { return nil }})\n\tfmt.Println(t.Execute(os.Stdout, P{}))\n}\n",
			[]string{".TemplateError(", ", _slTU", ".TemplateTextFor(/*line :16:14*/t, _slT2)"}, []string{".TemplateTextFor(/*line :16:14*/t, _slTU"}},
		{"template functions of the script's that take and return basic values: the data's table for printf",
			decls + "type Tags []string\ntype P struct{ T Tags }\n\nfunc main() {\n\tt.Funcs(template.FuncMap{\"up\": func(s string) (string, error) { return s, nil }})\n\tfmt.Println(t.Execute(os.Stdout, P{}))\n}\n",
			[]string{".TemplateError(", ".TemplateTextFor(/*line :16:14*/t, _slTU"}, nil},
		{"template functions of the script's in a variable used by Funcs alone: the data's table for printf",
			decls + "type Tags []string\ntype P struct{ T Tags }\n\nfunc main() {\n\tfm := template.FuncMap{\"up\": func(s string) string { return s }}\n\tt.Funcs(fm)\n\tfmt.Println(t.Execute(os.Stdout, P{}))\n}\n",
			[]string{".TemplateTextFor(/*line :17:14*/t, _slTU"}, nil},
		{"template functions of the script's in a variable that another function is put in: the file's table for printf",
			decls + "type Tags []string\ntype P struct{ T Tags }\n\nfunc main() {\n\tfm := template.FuncMap{\"up\": func(s string) string { return s }}\n\tfm[\"all\"] = func() []string { return nil }\n\tt.Funcs(fm)\n\tfmt.Println(t.Execute(os.Stdout, P{}))\n}\n",
			[]string{".TemplateTextFor(/*line :18:14*/t, _slT2)"}, []string{"_slTU)"}},
		{"template functions of the script's that take a slice, which an error would name: the file's table for printf",
			decls + "type Tags []string\ntype P struct{ T Tags }\n\nfunc main() {\n\tt.Funcs(template.FuncMap{\"n\": func(s []string) int { return len(s) }})\n\tfmt.Println(t.Execute(os.Stdout, P{}))\n}\n",
			[]string{".TemplateTextFor(/*line :16:14*/t, _slT2)"}, []string{".TemplateTextFor(/*line :16:14*/t, _slTU"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}

// TestTemplateFieldsEdits checks that pass template hands the template of
// every execution to lift's TemplateTextFor or TemplateHTMLFor, whatever
// its data (the execution tells a field that the interpreter names as an
// unexported one from a map's key by it), called directly or as a method
// value.
func TestTemplateFieldsEdits(t *testing.T) {
	const decls = "package main\n\nimport (\n\t\"fmt\"\n\thtmpl \"html/template\"\n\t\"os\"\n\t\"text/template\"\n)\n\nvar t = template.Must(template.New(\"\").Parse(os.Args[1]))\n\nvar h = htmpl.Must(htmpl.New(\"\").Parse(os.Args[1]))\n\ntype S struct {\n\tUser  string\n\ttoken string\n}\n\n"
	for _, tt := range []struct {
		name, src string
		want, not []string
	}{
		{"a pointer to a struct", decls + "func main() { fmt.Println(t.Execute(os.Stdout, &S{})) }\n", []string{".TemplateTextFor(/*line :19:27*/t, _slT"}, nil},
		{"a map", decls + "func main() { fmt.Println(t.Execute(os.Stdout, map[string]S{})) }\n", []string{".TemplateTextFor(/*line :19:27*/t, _slT"}, nil},
		{"an any", decls + "func main() { var v any = S{}; fmt.Println(t.ExecuteTemplate(os.Stdout, \"x\", v)) }\n", []string{".TemplateTextFor(/*line :19:44*/t, _slT"}, nil},
		{"html/template", decls + "func main() { fmt.Println(h.Execute(os.Stdout, map[string]any{})) }\n", []string{".TemplateHTMLFor(/*line :19:27*/h, _slT"}, nil},
		{"template functions of the script's", decls + "func main() {\n\tt.Funcs(template.FuncMap{\"up\": func() any { return 1 }})\n\tfmt.Println(t.Execute(os.Stdout, S{}))\n}\n", []string{".TemplateTextFor(/*line :21:14*/t, _slT"}, nil},
		{"a Template that is not a pointer", decls + "func main() { fmt.Println((*t).Execute(os.Stdout, S{})) }\n", []string{".TemplateTextFor(&/*line :19:27*/(*t), _slT"}, nil},
		{"a method value", decls + "func main() { render := t.Execute; fmt.Println(render(os.Stdout, S{})) }\n", []string{".TemplateTextFor(_r", ", _slT"}, nil},
		{"a method expression", decls + "func main() { render := (*template.Template).Execute; fmt.Println(render(t, os.Stdout, S{})) }\n",
			[]string{"render := func(_p3 *template.Template, _p4 _sl5.Writer, _p6 any) (error) { return _sl1.TemplateError(_sl1.TemplateTextFor(_p3, _slT2).Execute(_p4, _p6), _slT2) }/*line :19:53*/; fmt.Println"}, []string{"(*template.Template).Execute"}},
		{"a method expression of html/template, called", decls + "func main() { fmt.Println((*htmpl.Template).ExecuteTemplate(h, os.Stdout, \"x\", S{})) }\n",
			[]string{".TemplateHTMLFor(_p", ").ExecuteTemplate(_p"}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}

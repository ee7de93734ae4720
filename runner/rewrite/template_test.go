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
			[]string{".TemplateUntold(nil, []any{[]Tags(nil)}, []string{\"main.Tags\"})", ".TemplateError(", ".TemplateTextFields(/*line :14:14*/t, _slTU"}, nil},
		{"a discarded error: the table for printf alone",
			decls + "type Tags []string\n\nfunc main() {\n\tt.Execute(os.Stdout, Tags{})\n\tfmt.Println()\n}\n",
			[]string{".TemplateUntold(nil, []any{[]Tags(nil)}, []string{\"main.Tags\"})", ".TemplateTextFields(/*line :14:2*/t, _slTU"}, []string{".TemplateError("}},
		{"template functions of the script's, whose results printf may print: the file's table for printf",
			decls + "type Tags []string\ntype P struct{ T Tags }\n\nfunc main() {\n\tt.Funcs(template.FuncMap{\"up\": func() []string { return nil }})\n\tfmt.Println(t.Execute(os.Stdout, P{}))\n}\n",
			[]string{".TemplateError(", ", _slTU", ".TemplateText(/*line :16:14*/t, _slT2)"}, []string{".TemplateText(/*line :16:14*/t, _slTU"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}

// TestTemplateFieldsEdits checks that pass template hands the template of
// an execution whose data can hold only structs, slices, pointers and
// basic values to lift's Fields variant, which hides the interpreter's
// names of unexported fields from it, and not one whose data can hold a
// map, an interface or a function, nor in a package with template
// functions of its own.
func TestTemplateFieldsEdits(t *testing.T) {
	const decls = "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"text/template\"\n)\n\nvar t = template.Must(template.New(\"\").Parse(os.Args[1]))\n\ntype S struct {\n\tUser  string\n\ttoken string\n}\n\n"
	for _, tt := range []struct {
		name, src string
		want, not []string
	}{
		{"a pointer to a struct", decls + "func main() { fmt.Println(t.Execute(os.Stdout, &S{})) }\n", []string{".TemplateTextFields("}, nil},
		{"a slice of structs", decls + "func main() { fmt.Println(t.Execute(os.Stdout, []S{})) }\n", []string{".TemplateTextFields("}, nil},
		{"a map", decls + "func main() { fmt.Println(t.Execute(os.Stdout, map[string]S{})) }\n", []string{".TemplateText("}, []string{"Fields("}},
		{"an any", decls + "func main() { var v any = S{}; fmt.Println(t.Execute(os.Stdout, v)) }\n", []string{".TemplateText("}, []string{"Fields("}},
		{"template functions of the script's", decls + "func main() {\n\tt.Funcs(template.FuncMap{\"up\": func() int { return 1 }})\n\tfmt.Println(t.Execute(os.Stdout, S{}))\n}\n", []string{".TemplateText("}, []string{"Fields("}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}

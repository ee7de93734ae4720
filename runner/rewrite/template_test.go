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
// in a table of the call's own, where the file has no struct type too.
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
			[]string{".TemplateUntold(nil, []any{[]Tags(nil)}, []string{\"main.Tags\"})", ".TemplateError("}, []string{".TemplateText("}},
		{"a discarded error",
			decls + "type Tags []string\n\nfunc main() {\n\tt.Execute(os.Stdout, Tags{})\n\tfmt.Println()\n}\n",
			nil, []string{"TemplateUntold", ".TemplateError("}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}

package rewrite_test

func init() {
	programs = append(programs,
		fromCorpus("template_error_names", "template-error-names"),
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
	)
}

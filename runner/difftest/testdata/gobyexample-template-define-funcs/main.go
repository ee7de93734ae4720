// difftest: same
// Go by Example, Text Templates, taken further: templates defined and
// called by name, range with an index, with and else, the built-in
// functions, delimiters, missingkey=error, break and continue.
package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Person struct {
	Name    string
	Age     int
	Emails  []string
	Friends []*Person
	Extra   map[string]string
}

const layout = `{{define "person"}}{{.Name}} ({{.Age}}){{end -}}
{{define "list"}}{{range $i, $e := .}}{{if $i}}, {{end}}{{$e}}{{end}}{{end -}}
{{template "person" .}}
emails: {{template "list" .Emails}}
{{- range .Friends}}
  friend: {{template "person" .}}{{if ge .Age 18}} adult{{else}} minor{{end}}
{{- end}}
{{with .Extra}}{{range $k, $v := .}}{{$k}}={{$v}} {{end}}{{end}}
{{len .Friends}} {{index .Emails 1}} {{index .Extra "b"}} {{slice .Name 1 3}}
{{if and (gt .Age 30) (lt .Age 50)}}middle{{end}} {{if not .Extra.missing}}no missing{{end}}
{{printf "%05.1f|%q" 3.14159 .Name}} {{.Name | len}} {{"quoted" | printf "%s!"}}
{{- /* trailing */}}
`

func main() {
	t := template.Must(template.New("main").Parse(layout))
	p := Person{
		Name:    "Alice",
		Age:     34,
		Emails:  []string{"a@x.io", "alice@y.io"},
		Friends: []*Person{{Name: "Bob", Age: 17}, {Name: "Cy", Age: 40}},
		Extra:   map[string]string{"b": "2", "a": "1"},
	}
	if err := t.Execute(os.Stdout, p); err != nil {
		fmt.Println("error:", err)
	}
	t2 := template.Must(template.New("d").Delims("<<", ">>").Parse("<<.>> {{.}}\n"))
	t2.Execute(os.Stdout, "v")
	var buf bytes.Buffer
	err := template.Must(template.New("e").Parse("{{index . 5}}")).Execute(&buf, []int{1})
	fmt.Println(err)
	err = template.Must(template.New("f").Option("missingkey=error").Parse("{{.x}}")).Execute(&buf, map[string]int{})
	fmt.Println(err)
	t3 := template.Must(template.New("g").Funcs(template.FuncMap{"join": strings.Join, "title": func(s string) string { return strings.ToUpper(s[:1]) + s[1:] }}).Parse(`{{join . "+"}} {{range .}}{{title .}}{{end}}` + "\n"))
	t3.Execute(os.Stdout, []string{"x", "yz"})
	t4 := template.Must(template.New("h").Parse(`{{range $i, $c := .}}{{if eq $i 2}}{{break}}{{end}}{{$c}}{{end}} {{range .}}{{if eq . "b"}}{{continue}}{{end}}{{.}}{{end}}` + "\n"))
	t4.Execute(os.Stdout, []string{"a", "b", "c", "d"})
	err = template.Must(template.New("i").Parse("{{.Name.Foo}}")).Execute(&buf, p)
	fmt.Println(err)
}

// difftest: same
package main

// Go by Example, Text Templates: range with else over nil slices, with over
// a nil map, index, pipelines into printf, the comparison and escaping
// functions, define, block and ExecuteTemplate, missingkey=error and a
// parse error.

import (
	"os"
	"strings"
	"text/template"
)

type User struct {
	Name   string
	Admin  bool
	Emails []string
	Meta   map[string]string
}

const tpl = `{{- range .}}
User: {{.Name}}{{if .Admin}} [admin]{{end}}
{{- range $i, $e := .Emails}}
  {{$i}}. {{$e}}
{{- else}}
  (no email)
{{- end}}
{{- with .Meta}}
  team={{index . "team"}}
{{- end}}
{{- end}}
{{len .}} users; first={{(index . 0).Name | printf "%q"}}; {{"a" | eq "a"}} {{and 1 0}} {{or 0 "x"}} {{not true}}
{{lt 1 2}} {{html "<b>"}} {{js "a'b"}} {{urlquery "a b"}} {{print 1 2 "x"}} {{println "end"}}`

func main() {
	users := []User{
		{"ann", true, []string{"a@x", "ann@y"}, map[string]string{"team": "red"}},
		{"bob", false, nil, nil},
	}
	t := template.Must(template.New("u").Funcs(template.FuncMap{"title": strings.Title}).Parse(tpl))
	if err := t.Execute(os.Stdout, users); err != nil {
		panic(err)
	}
	t2 := template.Must(template.New("x").Parse(`{{define "T"}}Hello, {{.}}!{{end}}{{template "T" "World"}} {{block "B" .}}blk{{end}}` + "\n"))
	t2.Execute(os.Stdout, nil)
	t2.ExecuteTemplate(os.Stdout, "T", "again")
	os.Stdout.WriteString("\n")
	var sb strings.Builder
	template.Must(template.New("m").Option("missingkey=error").Parse("{{.k}}")).Execute(&sb, map[string]int{"k": 5})
	os.Stdout.WriteString(sb.String() + "\n")
	_, err := template.New("bad").Parse("{{.Foo")
	os.Stdout.WriteString(err.Error() + "\n")
}

// difftest: same
package main

// Go by Example, Text Templates: actions, pipelines, conditions, ranges,
// a FuncMap, variables and templates defined inside others.

import (
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Tags  []string
}

type Order struct {
	ID       int
	Customer string
	Items    []Item
	Notes    map[string]string
	Paid     bool
}

const page = `{{define "item"}}- {{.Name | printf "%-8s"}} {{printf "%6.2f" .Price}}{{if .Tags}} [{{join .Tags ", "}}]{{end}}{{end -}}
Order #{{.ID}} for {{.Customer | upper}}
{{range $i, $it := .Items}}{{if $i}}
{{end}}{{template "item" $it}}{{end}}
{{with .Notes}}notes:{{range $k, $v := .}} {{$k}}={{$v}}{{end}}{{else}}no notes{{end}}
{{if and .Paid (gt (len .Items) 1)}}paid, several items{{else if .Paid}}paid{{else}}unpaid{{end}}
{{/* a comment */ -}}
total items: {{len .Items}}, first: {{(index .Items 0).Name}}
`

func main() {
	t1 := template.New("t1")
	t1, err := t1.Parse("Value is {{.}}\n")
	if err != nil {
		panic(err)
	}
	t1 = template.Must(t1.Parse("Value: {{.}}\n"))
	t1.Execute(os.Stdout, "some text")
	t1.Execute(os.Stdout, 5)
	t1.Execute(os.Stdout, []string{"Go", "Rust", "C++", "C#"})

	create := func(name, t string) *template.Template {
		return template.Must(template.New(name).Parse(t))
	}
	t2 := create("t2", "Name: {{.Name}}\n")
	t2.Execute(os.Stdout, struct{ Name string }{"Jane Doe"})
	t2.Execute(os.Stdout, map[string]string{"Name": "Mickey Mouse"})

	t3 := create("t3", "{{if . -}} yes {{- else -}} no {{- end}}\n")
	t3.Execute(os.Stdout, "not empty")
	t3.Execute(os.Stdout, "")

	funcs := template.FuncMap{"upper": strings.ToUpper, "join": strings.Join}
	t4 := template.Must(template.New("order").Funcs(funcs).Parse(page))
	o := Order{ID: 42, Customer: "ann", Paid: true,
		Items: []Item{{"pen", 1.5, []string{"blue"}}, {"notebook", 12.25, nil}, {"ink", 7, []string{"black", "refill"}}},
		Notes: map[string]string{"gift": "yes", "door": "back"}}
	if err := t4.Execute(os.Stdout, o); err != nil {
		panic(err)
	}
	err = t4.Execute(os.Stdout, Order{ID: 1})
	os.Stdout.WriteString("\n")
	os.Stdout.WriteString(err.Error() + "\n")
}

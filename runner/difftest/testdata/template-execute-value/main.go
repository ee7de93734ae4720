// difftest: same
package main

// A page renderer that keeps the template's Execute and ExecuteTemplate
// as values and prints their errors about a missing field, which name the
// data's type; the receiver is taken where the method value is.

import (
	"fmt"
	htmpl "html/template"
	"io"
	"os"
	"text/template"
)

type Board struct {
	Title string
}

type renderer struct {
	render func(io.Writer, any) error
}

func main() {
	t := template.Must(template.New("b").Parse("{{.Title}} {{.Missing}}\n"))
	var render func(io.Writer, any) error = t.Execute
	t = template.Must(template.New("other").Parse("other {{.Title}}\n"))
	if err := render(os.Stdout, Board{"round 1"}); err != nil {
		fmt.Println()
		fmt.Println("error:", err)
	}
	fmt.Println(t.Execute(os.Stdout, Board{"kept"}))
	named := template.Must(template.New("set").Parse(`{{define "row"}}<{{.Title}}|{{.Nope}}>{{end}}`))
	byName := named.ExecuteTemplate
	fmt.Println("\nerror:", byName(os.Stdout, "row", &Board{"round 2"}))
	page := htmpl.Must(htmpl.New("p").Parse("<b>{{.Title}}</b>{{.Gone}}\n"))
	r := renderer{page.Execute}
	fmt.Println("\nerror:", r.render(os.Stdout, Board{"a < b"}))
}

// difftest: same
package main

// A status page whose templates fail on the data: the errors name the
// script's types as Go names them (main.Board, *main.Board, []main.Board,
// main.Celsius), from the data itself, a field, a pointer, a slice, and a
// map[string]any; data of fields, a map of basic values and html/template
// run as before.

import (
	"fmt"
	htmltemplate "html/template"
	"strings"
	"text/template"
)

type Celsius float64

type Player struct {
	Name  string
	Score int
}

type Board struct {
	Title   string
	Players []Player
	Temp    Celsius
}

func run(src string, data any) {
	t := template.Must(template.New("page").Parse(src))
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(b.String())
}

func main() {
	b := Board{Title: "round 1", Players: []Player{{"ann", 3}, {"bob", 5}}, Temp: 21.5}
	run("{{.Title}}: {{range .Players}}{{.Name}}={{.Score}} {{end}}at {{.Temp}}", b)
	run("{{.Missing}}", b)
	run("{{.Missing}}", &b)
	run("{{range .Players}}{{.Age}}{{end}}", b)
	run("{{.Temp.Unit}}", b)
	run("{{.Missing}}", []Board{b})
	run("{{index .Title 1}} {{index . 0}}", b)
	run("{{.b.Title}} {{.b.Nope}}", map[string]any{"b": b})
	run("{{.n}} {{.s}} {{range .l}}{{.}},{{end}}", map[string]any{"n": 3, "s": "hi", "l": []int{1, 2}})

	h := htmltemplate.Must(htmltemplate.New("h").Parse(`<p title="{{.Title}}">{{.Title}}</p>{{range .Players}}<b>{{.Name}}</b>{{end}}`))
	var page strings.Builder
	if err := h.Execute(&page, Board{Title: `<a & "b">`, Players: []Player{{"<i>", 1}}}); err != nil {
		fmt.Println("error:", err)
	}
	err := h.Execute(&page, &b)
	fmt.Println(page.String())
	fmt.Println("error:", err)
	err = htmltemplate.Must(htmltemplate.New("m").Parse("{{.Players.Oops}}")).Execute(&page, b)
	fmt.Println("error:", err)
}

// difftest: same
package main

// A report tool keeps how it renders each output in a table of
// functions that take the template as their first argument: the method
// expressions (*template.Template).Execute and ExecuteTemplate. The data
// is a struct with an unexported field, and a template that names a
// missing field fails with Go's error, which names main.Scoreboard.

import (
	"fmt"
	"io"
	"os"
	"text/template"
)

// Scoreboard is what the templates show.
type Scoreboard struct {
	Round   int
	Leaders []string
	secret  string
}

type renderer func(t *template.Template, w io.Writer, data any) error

func main() {
	board := Scoreboard{Round: 3, Leaders: []string{"ann", "bob"}, secret: "x"}
	tmpl := template.Must(template.New("line").Parse(`round {{.Round}}: {{range $i, $n := .Leaders}}{{if $i}}, {{end}}{{$n}}{{end}}
`))
	template.Must(tmpl.New("debug").Parse(`{{printf "%T %v" . .Round}}
`))
	broken := template.Must(template.New("broken").Parse("{{.Winner}}\n"))

	renderers := map[string]renderer{
		"plain": (*template.Template).Execute,
		"debug": func(t *template.Template, w io.Writer, data any) error {
			return t.ExecuteTemplate(w, "debug", data)
		},
	}
	for _, name := range []string{"plain", "debug"} {
		if err := renderers[name](tmpl, os.Stdout, board); err != nil {
			fmt.Println("error:", err)
		}
	}
	if err := renderers["plain"](broken, os.Stdout, &board); err != nil {
		fmt.Println("error:", err)
	}
	byName := (*template.Template).ExecuteTemplate
	fmt.Println(byName(tmpl, os.Stdout, "debug", board), byName(tmpl, os.Stdout, "none", board))
}

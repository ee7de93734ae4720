// difftest: same
package main

// A debugging line in a report template: printf's %T and %#v of fields
// whose types the program declares on a slice, a map and an array, as a
// student checks what the template was handed.

import (
	"os"
	"text/template"
)

type Tags []string

type Scores map[string]int

type Week [7]bool

type Player struct {
	Name   string
	Tags   Tags
	Scores Scores
	Played Week
}

const report = `{{.Name}}: {{printf "%T" .Tags}} {{printf "%#v" .Tags}}
  scores {{printf "%T = %#v" .Scores .Scores}}
  week   {{printf "%T" .Played}} {{printf "%v" .Played}}
  first tag {{printf "%T %q" (index .Tags 0) (index .Tags 0)}}
`

func main() {
	t := template.Must(template.New("report").Parse(report))
	players := []Player{
		{"ann", Tags{"fast", "left"}, Scores{"mon": 3}, Week{true, false, true}},
		{"bob", Tags{"tall"}, Scores{}, Week{}},
	}
	for _, p := range players {
		if err := t.Execute(os.Stdout, p); err != nil {
			panic(err)
		}
	}
}

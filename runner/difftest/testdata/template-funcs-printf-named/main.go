// difftest: same
package main

// A blog index with template functions of its own (upper, plural), and a
// debugging line that prints, with printf, the types the template was
// handed: Go names the types the program declares on a slice and a map.

import (
	"os"
	"strings"
	"text/template"
)

type Tags []string

type Votes map[string]int

type Post struct {
	Title string
	Tags  Tags
	Votes Votes
}

const index = `{{range .}}{{upper .Title}} ({{len .Tags}} {{plural "tag" (len .Tags)}})
  debug: {{printf "%T %#v" .Tags .Tags}}
  debug: {{printf "%T" .Votes}} {{printf "%v" .Votes}}
{{end}}`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"plural": func(word string, n int) string {
			if n == 1 {
				return word
			}
			return word + "s"
		},
	}
	t := template.Must(template.New("index").Funcs(funcs).Parse(index))
	posts := []Post{
		{"hello, world", Tags{"intro"}, Votes{"up": 3}},
		{"sockets in go", Tags{"net", "tcp"}, Votes{}},
	}
	if err := t.Execute(os.Stdout, posts); err != nil {
		panic(err)
	}
}

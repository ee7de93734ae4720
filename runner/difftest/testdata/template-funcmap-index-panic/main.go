// difftest: same
package main

// Functions of a template's FuncMap that index past a peer's ports, fail,
// panic or divide by zero: the template recovers each panic and returns
// it in its error, with Go's runtime error for the index.

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Peer struct {
	Name  string
	Ports []int
}

func main() {
	funcs := template.FuncMap{
		"nth":  func(xs []int, i int) int { return xs[i] },
		"fail": func() (string, error) { return "", errors.New("lookup failed") },
		"boom": func() string { panic("kaboom") },
		"div":  func(a, b int) int { return a / b },
	}
	tmpl := template.Must(template.New("t").Funcs(funcs).Parse(
		`{{define "a"}}{{nth .Ports 1}}{{end}}` +
			`{{define "b"}}{{nth .Ports 5}}{{end}}` +
			`{{define "c"}}{{fail}}{{end}}` +
			`{{define "d"}}{{boom}}{{end}}` +
			`{{define "f"}}{{div 1 0}}{{end}}` +
			`{{define "g"}}{{.Missing}}{{end}}`))
	peers := []Peer{{"ann", []int{80, 443}}, {"bob", nil}}
	for _, name := range []string{"a", "b", "c", "d", "f", "g"} {
		for _, p := range peers {
			var sb strings.Builder
			err := tmpl.ExecuteTemplate(&sb, name, p)
			fmt.Printf("%s/%s: %q %v\n", name, p.Name, sb.String(), err)
		}
	}
	fmt.Fprintln(os.Stdout, "done")
}

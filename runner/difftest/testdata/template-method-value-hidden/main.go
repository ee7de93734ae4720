// difftest: same
package main

// A small report tool keeps the template's Execute as a value (render) and
// builds the template's text at run time from the columns asked for. One
// column names the interpreter's spelling of an unexported field: Go's
// template finds no such field and fails there.

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Session struct {
	User  string
	Addr  string
	token string
}

func build(cols []string) string {
	var b strings.Builder
	for i, c := range cols {
		if i > 0 {
			b.WriteString(" | ")
		}
		b.WriteString("{{." + c + "}}")
	}
	return b.String() + "\n"
}

func main() {
	sessions := []Session{{"ann", "10.0.0.1:5000", "t0k"}, {"bob", "10.0.0.2:5001", "k3y"}}
	for _, cols := range [][]string{{"User", "Addr"}, {"User", "Xtoken"}} {
		t := template.Must(template.New("row").Parse(build(cols)))
		render := t.Execute
		for _, s := range sessions {
			if err := render(os.Stdout, s); err != nil {
				fmt.Println()
				fmt.Println("error:", err)
				break
			}
		}
	}
}

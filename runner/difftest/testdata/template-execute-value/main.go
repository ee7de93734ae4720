// difftest: refused a template's Execute taken as a value, whose error socklab does not name as Go does
package main

// A page renderer that keeps the template's Execute as a value and
// prints its error about a missing field, which names the data's type.

import (
	"fmt"
	"io"
	"os"
	"text/template"
)

type Board struct {
	Title string
}

func main() {
	t := template.Must(template.New("b").Parse("{{.Title}} {{.Missing}}\n"))
	var render func(io.Writer, any) error = t.Execute
	if err := render(os.Stdout, Board{"round 1"}); err != nil {
		fmt.Println()
		fmt.Println("error:", err)
	}
}

// difftest: same
package main

// A template that names a session's unexported field by the name the
// interpreter gives it: Go fails, the interpreter printed the field.

import (
	"fmt"
	"os"
	"text/template"
)

type Session struct {
	User  string
	token string
}

func main() {
	t := template.Must(template.New("s").Parse("{{.User}} {{.Xtoken}}\n"))
	if err := t.Execute(os.Stdout, Session{"ann", "t0k"}); err != nil {
		fmt.Println()
		fmt.Println("error:", err)
	}
}

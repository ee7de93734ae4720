// difftest: refused the interpreter's struct types do not embed, so a template cannot reach a promoted field
package main

// A user list whose entries embed the user's account, whose fields the
// template reaches as promoted fields.

import (
	"fmt"
	"os"
	"text/template"
)

type Account struct {
	Name  string
	Email string
}

type Member struct {
	Account
	Role string
}

func main() {
	t := template.Must(template.New("m").Parse("{{range .}}{{.Name}} <{{.Email}}> {{.Role}}\n{{end}}"))
	if err := t.Execute(os.Stdout, []Member{{Account{"ann", "ann@example.org"}, "admin"}}); err != nil {
		fmt.Println("error:", err)
	}
}

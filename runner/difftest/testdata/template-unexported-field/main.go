// difftest: same
package main

// A login page whose template names a session's unexported field, by
// value and through a pointer: Go's error says the field is unexported,
// where the interpreter's type has it exported under another name.

import (
	"fmt"
	"strings"
	"text/template"
)

type Session struct {
	User  string
	token string
	hits  int
}

func render(src string, s Session) {
	t := template.Must(template.New("login").Parse(src))
	var b strings.Builder
	err := t.Execute(&b, s)
	fmt.Printf("%q %v\n", b.String(), err)
	b.Reset()
	err = t.Execute(&b, &s)
	fmt.Printf("%q %v\n", b.String(), err)
}

func main() {
	s := Session{User: "ann", token: "t0k", hits: 2}
	render("welcome {{.User}}", s)
	render("welcome {{.User}}, your token is {{.token}}", s)
	render("{{.hits}} hits", s)
	render("{{.Token}}", s)
}

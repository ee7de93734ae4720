// difftest: same
package main

// A page assembled from parts at run time, one of which names a session's
// lowercase field with a capital X in front, as a student who printed the
// session with %+v under another tool might guess: the template cannot
// reach an unexported field by any name, and the execution fails there.

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Session struct {
	User    string
	Visits  int
	token   string
	expires int
}

func render(parts []string, s *Session) {
	page := strings.Join(parts, " | ")
	t, err := template.New("page").Parse(page + "\n")
	if err != nil {
		fmt.Println("parse:", err)
		return
	}
	if err := t.Execute(os.Stdout, s); err != nil {
		fmt.Println()
		fmt.Println("execute:", err)
	}
}

func main() {
	s := &Session{User: "ann", Visits: 3, token: "t0k", expires: 60}
	render([]string{"user {{.User}}", "visits {{.Visits}}"}, s)
	render([]string{"user {{.User}}", "token {{.Xtoken}}"}, s)
	render([]string{"{{with .}}{{.User}} expires in {{.Xexpires}}{{end}}"}, s)
	render([]string{"{{.token}}"}, s)
}

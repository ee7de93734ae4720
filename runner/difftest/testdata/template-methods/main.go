// difftest: refused the interpreter's types have no methods that a template can call through reflection
package main

// A status page whose template calls a method of the script's type, and
// prints a field whose type has a String method.

import (
	"fmt"
	"os"
	"text/template"
)

type Addr struct {
	Host string
	Port int
}

func (a Addr) String() string { return fmt.Sprintf("%s:%d", a.Host, a.Port) }

type Peer struct {
	Name string
	Addr Addr
	Sent int
}

func (p Peer) Initial() string { return p.Name[:1] }

func main() {
	t := template.Must(template.New("status").Parse("{{range .}}{{.Initial}} {{.Name}} at {{.Addr}} sent {{.Sent}}\n{{end}}"))
	peers := []Peer{{"ann", Addr{"127.0.0.1", 4000}, 12}, {"bob", Addr{"::1", 4001}, 3}}
	if err := t.Execute(os.Stdout, peers); err != nil {
		fmt.Println("error:", err)
	}
}

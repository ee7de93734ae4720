// difftest: refused a template cannot call the methods of a script's type that data of type map[string]any holds
package main

// A status page whose data is a map[string]any that holds a peer with a
// String method and a method the template calls.

import (
	"fmt"
	"os"
	"text/template"
)

type Peer struct {
	Host string
	Port int
}

func (p Peer) String() string { return fmt.Sprintf("%s:%d", p.Host, p.Port) }

func (p Peer) Local() bool { return p.Host == "127.0.0.1" }

func main() {
	data := map[string]any{"title": "peers"}
	data["peer"] = Peer{"127.0.0.1", 4000}
	t := template.Must(template.New("s").Parse("{{.title}}: {{.peer}} local={{.peer.Local}}\n"))
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
}

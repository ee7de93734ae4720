// difftest: same
package main

import (
	"fmt"
	"strings"
)

// Peer is a neighbour a router learned of.
type Peer interface {
	Addr() string
}

type static struct{ addr string }

func (s static) Addr() string { return s.addr }

var peers = map[string]Peer{"r1": static{"10.0.0.1"}}

// lookup returns nil for a peer it does not know, as a table lookup does.
func lookup(name string) Peer {
	if p, ok := peers[name]; ok {
		return p
	}
	return nil
}

// fallback returns its zero value where no default is set.
func fallback() Peer {
	var none Peer
	return none
}

func describe(p Peer) string {
	if p == nil {
		return "unknown"
	}
	return "at " + p.Addr()
}

func label(p Peer) string { return fmt.Sprintf("%v", p) }

func main() {
	for _, name := range []string{"r1", "r2"} {
		fmt.Printf("%s: %s (%s)\n", name, describe(lookup(name)), label(lookup(name)))
	}
	fmt.Println(describe(fallback()), label(fallback()))
	fmt.Println(lookup("r1"), lookup("r9"), fallback())
	parts := []string{describe(lookup("r2")), strings.ToUpper(label(lookup("r1")))}
	fmt.Println(strings.Join(parts, ", "))
}

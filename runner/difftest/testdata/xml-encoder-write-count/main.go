// difftest: same
package main

// A service lists the ports it listens on as XML through an Encoder whose
// writer counts the writes it is given, as a link that costs a packet per
// write would: a slice of a named int, a named string with characters to
// escape and a named byte slice. Go's Encoder writes each Encode once, at
// its end; socklab's encoding of a named basic type wrote each element.

import (
	"encoding/xml"
	"fmt"
	"os"
)

type Port int

type Label string

type Token []byte

// packetWriter counts the writes it is given and the bytes in them.
type packetWriter struct {
	packets, bytes int
	last           string
}

func (w *packetWriter) Write(p []byte) (int, error) {
	w.packets++
	w.bytes += len(p)
	w.last = string(p)
	return len(p), nil
}

func send(name string, v any) {
	w := &packetWriter{}
	enc := xml.NewEncoder(w)
	if err := enc.Encode(v); err != nil {
		fmt.Println(name, "error:", err)
		return
	}
	fmt.Printf("%s: %d packet(s), %d bytes, last %q\n", name, w.packets, w.bytes, w.last)
}

func main() {
	ports := []Port{22, 80, 443, 8080}
	send("ports", ports)
	send("one port", Port(53))
	send("labels", []Label{"web & api", "<admin>", "line\nbreak"})
	send("tokens", []Token{Token("abc"), Token("x<y")})

	enc := xml.NewEncoder(os.Stdout)
	enc.Indent("", "  ")
	if err := enc.Encode(ports); err != nil {
		fmt.Println("stdout error:", err)
	}
	fmt.Println()
}

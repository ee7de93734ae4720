// difftest: refused the interpreter makes type Names []string the type []string, which gob registers itself as "[]string", so it cannot register main.Names as Go does
package main

// A value of a named slice type in an interface, registered with gob: a
// Go build registers it as main.Names, so a peer built by Go (the bytes
// of fromGoPeer) and the program itself agree on the name, and an assertion
// finds a Names.

import (
	"bytes"
	"encoding/gob"
	"encoding/hex"
	"fmt"
)

type Names []string

type Box struct{ V any }

// fromGoPeer is Box{Names{"ann", "bob"}} as a Go build's gob.Encoder
// writes it.
const fromGoPeer = "167f03010103426f7801ff80000101010156011000000021ff80010a6d61696e2e4e616d6573ff81020101054e616d657301ff8200010c00000eff820a000203616e6e03626f6200"

func show(b Box) string {
	if v, ok := b.V.(Names); ok {
		return fmt.Sprintf("names %d: %v", len(v), v)
	}
	return fmt.Sprintf("other %v", b.V)
}

func main() {
	gob.Register(Names{})
	raw, _ := hex.DecodeString(fromGoPeer)
	var b Box
	if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&b); err != nil {
		fmt.Println("from the Go peer:", err)
	} else {
		fmt.Println("from the Go peer:", show(b))
	}
}

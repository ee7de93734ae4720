// difftest: same
package main

// Types declared on a basic type, a map, an array and a slice of structs,
// registered with gob and sent in an interface: a Go build registers them
// as main.Port, main.Table, *main.Grid and main.Moves, so a peer built by Go (the bytes of
// fromGoPeer) and the program agree on the names, an assertion and a type
// switch find the types, and the program's own values travel as Go's.

import (
	"bytes"
	"encoding/gob"
	"encoding/hex"
	"fmt"
)

type Port int

type Table map[string]int

type Grid [2]string

type Move struct{ From, To int }

type Moves []Move

type Box struct{ V any }

// fromGoPeer is Box{Port(8080)}, Box{Table{"ann": 3}}, Box{&Grid{"x",
// "o"}}, Box{[]string{"plain"}} and Box{Moves{{1, 2}, {3, 4}}}, each as a
// new gob.Encoder of a Go build writes it.
var fromGoPeer = []string{
	"167f03010103426f7801ff80000101010156011000000014ff8001096d61696e2e506f7274040400fe3f2000",
	"167f03010103426f7801ff80000101010156011000000023ff80010a6d61696e2e5461626c65ff81040101055461626c6501ff8200010c010400000bff8207000103616e6e0600",
	"167f03010103426f7801ff80000101010156011000000022ff80010a2a6d61696e2e47726964ff83010101044772696401ff8400010c010400000aff840600020178016f00",
	"167f03010103426f7801ff80000101010156011000000018ff8001085b5d737472696e67ff85020102ff8600010c00000cff8608000105706c61696e00",
	"167f03010103426f7801ff80000101010156011000000022ff80010a6d61696e2e4d6f766573ff83020101054d6f76657301ff840001ff82000022ff81030101044d6f766501ff82000102010446726f6d0104000102546f010400000010ff840c00020102010400010601080000",
}

func show(v any) string {
	switch v := v.(type) {
	case Port:
		return fmt.Sprintf("port %d", int(v))
	case Table:
		return fmt.Sprintf("table of %d: ann=%d", len(v), v["ann"])
	case *Grid:
		return fmt.Sprintf("grid %q", v[:])
	case []string:
		return fmt.Sprintf("strings %q", v)
	case Moves:
		return fmt.Sprintf("moves %v, last to %d", v, v[len(v)-1].To)
	}
	return fmt.Sprintf("other %v", v)
}

func main() {
	gob.Register(Port(0))
	gob.Register(Table{})
	gob.Register(&Grid{})
	gob.Register(Moves{})
	for _, s := range fromGoPeer {
		raw, _ := hex.DecodeString(s)
		var b Box
		if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&b); err != nil {
			fmt.Println("from the Go peer:", err)
			continue
		}
		_, isTable := b.V.(Table)
		fmt.Println("from the Go peer:", show(b.V), isTable)
	}

	// The program's own values, through a buffer that only a decoder reads.
	var buf bytes.Buffer
	enc, dec := gob.NewEncoder(&buf), gob.NewDecoder(&buf)
	for _, v := range []any{Port(443), Table{"ann": 1, "bob": 2}, &Grid{"o", "x"}, Moves{{5, 6}}} {
		if err := enc.Encode(Box{v}); err != nil {
			fmt.Println("encode:", err)
			continue
		}
		var b Box
		if err := dec.Decode(&b); err != nil {
			fmt.Println("decode:", err)
			continue
		}
		fmt.Println("round trip:", show(b.V))
	}
}

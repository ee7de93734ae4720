// difftest: refused type Table map[string]int and type Scores map[string]int are one type under the interpreter, which gob cannot register under two names
package main

// Two types declared on one map type, both registered with gob: a Go
// build registers main.Table and main.Scores, and a value of each
// decodes as its own type. The interpreter makes both map[string]int,
// which gob cannot register under two names (RegisterName panics), so
// socklab refuses the second registration.

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Table map[string]int

type Scores map[string]int

type Box struct{ V any }

func main() {
	gob.Register(Table{})
	gob.Register(Scores{})
	var buf bytes.Buffer
	enc, dec := gob.NewEncoder(&buf), gob.NewDecoder(&buf)
	for _, v := range []any{Table{"a": 1}, Scores{"b": 2}} {
		if err := enc.Encode(Box{v}); err != nil {
			fmt.Println("encode:", err)
			continue
		}
		var b Box
		if err := dec.Decode(&b); err != nil {
			fmt.Println("decode:", err)
			continue
		}
		switch v := b.V.(type) {
		case Table:
			fmt.Println("a table", v)
		case Scores:
			fmt.Println("scores", v)
		}
	}
}

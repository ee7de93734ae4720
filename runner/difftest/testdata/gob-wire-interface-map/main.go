// difftest: refused gob describes the registered types a map's values hold in the order of the map's iteration, in the middle of the message, where socklab does not name them as Go does, and the program prints the bytes' count
package main

// A map of registered values whose encoding's length the program prints:
// gob describes Join and Leave where it meets them in the map, with
// their names in a Go build.

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Join struct{ Who string }

type Leave struct{ Who string }

func main() {
	gob.Register(Join{})
	gob.Register(Leave{})
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(map[string]any{"a": Join{"ann"}, "b": Leave{"bob"}}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(buf.Len(), "bytes")
}

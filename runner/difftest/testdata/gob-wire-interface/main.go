// difftest: same
package main

// A message whose payload is an interface holding a registered type: gob
// describes Join inside the message that carries it, with its name in a
// Go build, so the buffer's length is a Go build's own.

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Join struct{ Who string }

type Envelope struct {
	Seq     int
	Payload any
}

func main() {
	gob.Register(Join{})
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(Envelope{1, Join{"ann"}}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(buf.Len(), "bytes")
}

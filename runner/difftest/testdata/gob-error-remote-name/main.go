// difftest: same
package main

// A stream decoded into a type that does not match: gob's error names
// the remote type by the name its description carries, which a Go
// build's encoder gives it (Chat, where the interpreter's types have
// none).

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Chat struct{ Text string }

type Join struct {
	Room int
	Text []int
}

func main() {
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	if err := enc.Encode(Chat{"hi"}); err != nil {
		fmt.Println(err)
		return
	}
	var j Join
	fmt.Println(gob.NewDecoder(&buf).Decode(&j))
	var moves []Chat
	var more bytes.Buffer
	if err := gob.NewEncoder(&more).Encode([]Join{{1, nil}}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(gob.NewDecoder(&more).Decode(&moves))
}

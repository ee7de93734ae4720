// difftest: refused the interpreter makes type Names []string the type []string, one type where Go has two, so gob describes them once where a Go build describes each and the bytes differ
package main

// Messages encoded into a buffer whose bytes the program shows, and into
// a hash as a cache key: gob's description of each struct, slice and map
// type carries its name (Envelope, Move, Names, Scores, and []main.Move
// for a field's slice), and Names is a type of its own beside []string,
// so the length, the hex and the digest are a Go build's own.

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"fmt"
)

type Move struct {
	From, To string
}

type Names []string

type Scores map[string]int

type Envelope struct {
	Seq     int
	Moves   []Move
	Players Names
	Aliases []string
	Points  Scores
}

func main() {
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	for i := 1; i <= 2; i++ {
		e := Envelope{Seq: i, Moves: []Move{{"e2", "e4"}, {"g1", "f3"}}, Players: Names{"ann", "bob"}, Aliases: []string{"a"}, Points: Scores{"ann": i}}
		if err := enc.Encode(e); err != nil {
			fmt.Println("encode:", err)
			return
		}
		fmt.Printf("after message %d: %d bytes\n", i, buf.Len())
	}
	fmt.Println(hex.EncodeToString(buf.Bytes()))

	h := sha256.New()
	if err := gob.NewEncoder(h).Encode(Envelope{Players: Names{"cy"}}); err != nil {
		fmt.Println("encode:", err)
		return
	}
	fmt.Printf("%x\n", h.Sum(nil))
}

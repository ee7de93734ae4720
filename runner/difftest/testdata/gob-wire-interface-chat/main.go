// difftest: same
package main

// Chat messages whose payload is an interface holding registered types,
// encoded into a buffer whose bytes the program prints: gob describes
// each type an interface holds in the middle of the message that holds
// it, with the name Go gives it (Join, and []main.Line and Line after
// it), so the hex and its digest are a Go build's own.

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"fmt"
)

type Join struct{ Who string }

type Line struct {
	N    int
	Text string
}

type Say struct {
	Who   string
	Lines []Line
	Reply *Line
}

type Leave struct{ Who string }

type Envelope struct {
	Seq     int
	Payload any
	Extra   []any
	Note    any
}

func main() {
	gob.Register(Join{})
	gob.Register(&Say{})
	gob.Register(Leave{})
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	msgs := []Envelope{
		{Seq: 1, Payload: Join{"ann"}, Note: 7},
		{Seq: 2, Payload: &Say{"ann", []Line{{1, "hi"}, {2, "all"}}, &Line{0, "re"}}, Extra: []any{Join{"bob"}, Leave{"cy"}, "text"}},
		{Seq: 3, Payload: Leave{"ann"}, Extra: []any{&Say{Who: "x"}}},
	}
	for _, m := range msgs {
		if err := enc.Encode(m); err != nil {
			fmt.Println("encode:", err)
			return
		}
		fmt.Println(buf.Len(), "bytes so far")
	}
	fmt.Println(hex.EncodeToString(buf.Bytes()))
	fmt.Printf("%x\n", sha256.Sum256(buf.Bytes()))
	dec := gob.NewDecoder(&buf)
	for range msgs {
		var e Envelope
		if err := dec.Decode(&e); err != nil {
			fmt.Println("decode:", err)
			return
		}
		switch p := e.Payload.(type) {
		case Join:
			fmt.Println(e.Seq, "join", p.Who, e.Note)
		case *Say:
			fmt.Println(e.Seq, "say", p.Who, p.Lines, p.Reply.Text, len(e.Extra))
		case Leave:
			fmt.Println(e.Seq, "leave", p.Who, len(e.Extra))
		}
	}
}

// difftest: same
package main

// gob.Register of values held as any (a loop over the message types, as
// a chat protocol registers them), one type with methods among them:
// each is registered as Go names it, and what an Envelope's Body holds
// after a round trip asserts and prints as in Go.

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Ping struct{ PingSeq int }

type Pong struct {
	PongSeq int
	RTTms   int
}

func (p Pong) String() string { return fmt.Sprintf("pong %d after %dms", p.PongSeq, p.RTTms) }

type Bye struct{ ByeWhy string }

func (b Bye) Error() string { return "bye: " + b.ByeWhy }

type Envelope struct {
	From string
	Body any
}

func main() {
	for _, v := range []any{Ping{}, &Pong{}} {
		gob.Register(v)
	}
	var bye any = Bye{}
	gob.RegisterName("bye", bye)

	var buf bytes.Buffer
	enc, dec := gob.NewEncoder(&buf), gob.NewDecoder(&buf)
	for _, m := range []Envelope{{"ann", Ping{1}}, {"bob", &Pong{1, 12}}, {"cy", Pong{2, 7}}, {"di", Bye{"late"}}} {
		if err := enc.Encode(m); err != nil {
			fmt.Println("encode:", err)
			return
		}
	}
	for range 4 {
		var e Envelope
		if err := dec.Decode(&e); err != nil {
			fmt.Println("decode:", err)
			return
		}
		switch b := e.Body.(type) {
		case Ping:
			fmt.Println(e.From, "ping", b.PingSeq)
		case *Pong:
			fmt.Println(e.From, "pointer", b)
		case Pong:
			fmt.Println(e.From, "value", b, b.RTTms)
		case Bye:
			fmt.Println(e.From, b.ByeWhy)
		}
	}
}

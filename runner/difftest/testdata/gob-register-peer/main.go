// difftest: same
package main

// Chat messages as gob values of type any over TCP, with each message
// type registered: gob sends a value's registered name (main.Join,
// *main.Say), and a peer built by Go (the bytes of fromGoPeer, written by
// a Go build of these types) decodes it only under the same name.

import (
	"bytes"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"net"
)

type Join struct{ Name string }

type Say struct {
	From, Text string
}

type Leave struct {
	Name   string
	Reason string
}

type Envelope struct {
	Seq  int
	Body any
}

// fromGoPeer is Envelope{1, Join{"ann"}} and Envelope{2, &Say{"ann",
// "hello"}} as a Go build's gob.Encoder writes them.
const fromGoPeer = "267f03010108456e76656c6f706501ff8000010201035365710104000104426f647901100000002aff80010201096d61696e2e4a6f696eff81030101044a6f696e01ff8200010101044e616d65010c0000000aff82060103616e6e000032ff80010401092a6d61696e2e536179ff830301010353617901ff84000102010446726f6d010c00010454657874010c00000011ff840d0103616e6e010568656c6c6f0000"

func describe(e Envelope) string {
	switch m := e.Body.(type) {
	case Join:
		return fmt.Sprintf("%d: %s joined", e.Seq, m.Name)
	case *Say:
		return fmt.Sprintf("%d: <%s> %s", e.Seq, m.From, m.Text)
	case Leave:
		return fmt.Sprintf("%d: %s left (%s)", e.Seq, m.Name, m.Reason)
	}
	return fmt.Sprintf("%d: unknown %v", e.Seq, e.Body)
}

func main() {
	gob.Register(Join{})
	gob.Register(&Say{})
	gob.Register(Leave{})

	raw, _ := hex.DecodeString(fromGoPeer)
	dec := gob.NewDecoder(bytes.NewReader(raw))
	for {
		var e Envelope
		if err := dec.Decode(&e); err != nil {
			fmt.Println("from the Go peer:", err)
			break
		}
		fmt.Println(describe(e))
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ln.Close()
	done := make(chan struct{})
	go func() {
		defer close(done)
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		dec := gob.NewDecoder(c)
		for {
			var e Envelope
			if err := dec.Decode(&e); err != nil {
				fmt.Println("server:", err)
				return
			}
			fmt.Println("server got", describe(e))
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	enc := gob.NewEncoder(c)
	for i, body := range []any{Join{"bob"}, &Say{"bob", "hi ann"}, Leave{"bob", "bye"}} {
		if err := enc.Encode(Envelope{Seq: i + 1, Body: body}); err != nil {
			fmt.Println("client:", err)
		}
	}
	c.Close()
	<-done
}

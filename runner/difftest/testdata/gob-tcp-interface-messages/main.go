// difftest: same
package main

// Messages of several types through one gob stream: each message type is
// registered, travels in an interface field of a packet, and the receiver
// tells them apart with a type switch.

import (
	"encoding/gob"
	"fmt"
	"net"
)

type Login struct{ User string }
type Chat struct {
	From, Text string
	Seq        int
}
type Logout struct{}

type Packet struct {
	ID  int
	Msg any
}

func init() {
	gob.Register(Login{})
	gob.Register(Chat{})
	gob.Register(Logout{})
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		enc := gob.NewEncoder(c)
		msgs := []any{Login{"ada"}, Chat{"ada", "hello", 1}, Chat{"ada", "bye", 2}, Logout{}}
		for i, m := range msgs {
			if err := enc.Encode(Packet{ID: i + 1, Msg: m}); err != nil {
				fmt.Println("encode:", err)
				return
			}
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	dec := gob.NewDecoder(c)
	for {
		var p Packet
		if err := dec.Decode(&p); err != nil {
			fmt.Println("stream ends:", err)
			return
		}
		switch m := p.Msg.(type) {
		case Login:
			fmt.Println(p.ID, "login", m.User)
		case Chat:
			fmt.Printf("%d chat #%d from %s: %s\n", p.ID, m.Seq, m.From, m.Text)
		case Logout:
			fmt.Println(p.ID, "logout")
		default:
			fmt.Printf("%d unknown %v\n", p.ID, m)
		}
	}
}

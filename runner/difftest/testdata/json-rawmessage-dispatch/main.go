// difftest: same
package main

// Messages of several kinds on one connection: each is an envelope whose
// type field says how to decode its json.RawMessage body, which the
// receiver decodes in a second step into the matching struct.

import (
	"encoding/json"
	"fmt"
	"net"
)

type Envelope struct {
	Type string          `json:"type"`
	Body json.RawMessage `json:"body"`
}

type Join struct {
	Nick string `json:"nick"`
}

type Say struct {
	Nick string `json:"nick"`
	Text string `json:"text"`
}

type Move struct {
	X, Y int
}

func send(enc *json.Encoder, kind string, v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return enc.Encode(Envelope{Type: kind, Body: body})
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
		enc := json.NewEncoder(c)
		send(enc, "join", Join{"ada"})
		send(enc, "say", Say{"ada", "hi all"})
		send(enc, "move", Move{3, -1})
		send(enc, "quit", nil)
		enc.Encode(Envelope{Type: "say", Body: json.RawMessage(`{"nick": 5}`)})
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	dec := json.NewDecoder(c)
	for {
		var env Envelope
		if err := dec.Decode(&env); err != nil {
			fmt.Println("end:", err)
			return
		}
		var msg any
		switch env.Type {
		case "join":
			msg = &Join{}
		case "say":
			msg = &Say{}
		case "move":
			msg = &Move{}
		default:
			fmt.Printf("unknown %q with body %s\n", env.Type, env.Body)
			continue
		}
		if err := json.Unmarshal(env.Body, msg); err != nil {
			fmt.Println("bad body:", err)
			continue
		}
		fmt.Printf("%s: %+v\n", env.Type, msg)
	}
}

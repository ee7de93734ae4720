// difftest: same
package main

// A chat protocol's envelope: each message type implements the script's
// Message interface, and wrap encodes the Message it is handed with
// json.Marshal, a value whose static type is the interface; the server
// decodes the envelope's raw data by its type field and switches on it.

import (
	"encoding/json"
	"fmt"
	"net"
)

type Envelope struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

type Join struct {
	User string `json:"user"`
}

type Say struct {
	User string `json:"user"`
	Text string `json:"text"`
}

type Leave struct {
	User   string `json:"user"`
	Reason string `json:"reason,omitempty"`
}

type Message interface{ Kind() string }

func (Join) Kind() string  { return "join" }
func (Say) Kind() string   { return "say" }
func (Leave) Kind() string { return "leave" }

func decode(e Envelope) (Message, error) {
	var m Message
	var err error
	switch e.Type {
	case "join":
		var j Join
		err = json.Unmarshal(e.Data, &j)
		m = j
	case "say":
		var s Say
		err = json.Unmarshal(e.Data, &s)
		m = s
	case "leave":
		var l Leave
		err = json.Unmarshal(e.Data, &l)
		m = l
	default:
		return nil, fmt.Errorf("unknown type %q", e.Type)
	}
	return m, err
}

func wrap(m Message) Envelope {
	b, _ := json.Marshal(m)
	return Envelope{Type: m.Kind(), Data: b}
}

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	done := make(chan bool)
	go func() {
		c, _ := ln.Accept()
		dec := json.NewDecoder(c)
		for {
			var e Envelope
			if err := dec.Decode(&e); err != nil {
				break
			}
			m, err := decode(e)
			if err != nil {
				fmt.Println("error:", err)
				continue
			}
			switch v := m.(type) {
			case Join:
				fmt.Println(v.User, "joined")
			case Say:
				fmt.Printf("<%s> %s\n", v.User, v.Text)
			case Leave:
				fmt.Printf("%s left (%q) %+v\n", v.User, v.Reason, v)
			}
		}
		done <- true
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	enc := json.NewEncoder(c)
	msgs := []Message{Join{"ann"}, Say{"ann", "hi <all> & bye"}, Leave{User: "ann"}}
	for _, m := range msgs {
		enc.Encode(wrap(m))
	}
	enc.Encode(Envelope{Type: "ping", Data: json.RawMessage(`{}`)})
	enc.Encode(Envelope{Type: "say", Data: json.RawMessage(`{"user":1}`)})
	c.Close()
	<-done
	b, _ := json.Marshal(wrap(msgs[1]))
	fmt.Println(string(b))
}

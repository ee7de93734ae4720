// difftest: same
package main

// A game server and a client that have drifted apart: the server sends a
// Join and a Leave, which carry the same fields, a Tick with an int32
// counter and a Score with an int one, all over one connection. The
// client reads each message into the wrong kind of value, so gob's error
// describes what arrived: the description of Join and Leave is the same,
// and so is that of Tick and Score (gob sends int32 and int alike), but
// a Go build names the type of each message.

import (
	"encoding/gob"
	"fmt"
	"net"
)

type Join struct {
	Player string
	Room   int
}

type Leave struct {
	Player string
	Room   int
}

type Tick struct{ Count int32 }

type Score struct{ Count int }

func serve(conn net.Conn) {
	defer conn.Close()
	enc := gob.NewEncoder(conn)
	msgs := []any{
		Join{"ann", 1}, Tick{1}, Score{10}, Leave{"ann", 1},
		Join{"bob", 2}, []Score{{3}}, Tick{2},
	}
	for _, m := range msgs {
		var err error
		switch m := m.(type) {
		case Join:
			err = enc.Encode(m)
		case Leave:
			err = enc.Encode(m)
		case Tick:
			err = enc.Encode(m)
		case Score:
			err = enc.Encode(&m)
		case []Score:
			err = enc.Encode(m)
		}
		if err != nil {
			fmt.Println("send:", err)
			return
		}
	}
}

func main() {
	server, client := net.Pipe()
	go serve(server)

	dec := gob.NewDecoder(client)
	for i := range 7 {
		var text string
		err := dec.Decode(&text)
		fmt.Printf("message %d: %v\n", i+1, err)
	}
}

// difftest: refused type Leave Join makes Leave and Join one type under the interpreter, so gob's error about a stream cannot name which of them it held
package main

// A chat room's events, where Leave is declared on Join (type Leave
// Join: the same fields). The room sends both over one connection and a
// client reads them into the wrong kind of value: a Go build's gob names
// Join and Leave in its errors; the interpreter makes them one type,
// which gob meets once, so socklab refuses the encodings.

import (
	"encoding/gob"
	"fmt"
	"net"
)

type Join struct {
	Nick string
	Room string
}

type Leave Join

func room(conn net.Conn) {
	defer conn.Close()
	enc := gob.NewEncoder(conn)
	if err := enc.Encode(Join{"ann", "go"}); err != nil {
		fmt.Println(err)
		return
	}
	if err := enc.Encode(Leave{"ann", "go"}); err != nil {
		fmt.Println(err)
	}
}

func main() {
	server, client := net.Pipe()
	go room(server)
	dec := gob.NewDecoder(client)
	for range 2 {
		var line string
		fmt.Println(dec.Decode(&line))
	}
}

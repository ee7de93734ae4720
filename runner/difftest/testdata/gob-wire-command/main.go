// difftest: same
package main

// A protocol of its own around gob's values, as Applied Go's networking
// example has it: the client sends a command line, then a gob value, on
// a bufio.ReadWriter over the connection, and reads the server's reply
// line; the server reads the command line, then decodes the value. The
// raw reads are the command and the reply, never gob's bytes.

import (
	"bufio"
	"encoding/gob"
	"fmt"
	"net"
	"strings"
)

type complexData struct {
	N int
	S string
	M map[string]int
	P []byte
	C *complexData
}

func serve(ln net.Listener, done chan<- struct{}) {
	defer close(done)
	conn, err := ln.Accept()
	if err != nil {
		return
	}
	defer conn.Close()
	rw := bufio.NewReadWriter(bufio.NewReader(conn), bufio.NewWriter(conn))
	cmd, err := rw.ReadString('\n')
	if err != nil {
		fmt.Println("server:", err)
		return
	}
	fmt.Printf("server: command %q\n", strings.TrimSpace(cmd))
	var data complexData
	if err := gob.NewDecoder(rw).Decode(&data); err != nil {
		fmt.Println("server: decode:", err)
		return
	}
	fmt.Printf("server: %d %s %v %s %d %s\n", data.N, data.S, data.M["one"], data.P, data.C.N, data.C.S)
	rw.WriteString("thank you\n")
	rw.Flush()
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ln.Close()
	done := make(chan struct{})
	go serve(ln, done)

	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	defer conn.Close()
	rw := bufio.NewReadWriter(bufio.NewReader(conn), bufio.NewWriter(conn))
	rw.WriteString("GOB\n")
	data := complexData{N: 23, S: "string data", M: map[string]int{"one": 1, "two": 2}, P: []byte("abc"),
		C: &complexData{N: 256, S: "recursive structs", M: map[string]int{"01": 1}}}
	if err := gob.NewEncoder(rw).Encode(data); err != nil {
		fmt.Println("client: encode:", err)
		return
	}
	rw.Flush()
	reply, err := rw.ReadString('\n')
	fmt.Printf("client: reply %q %v\n", reply, err)
	<-done
}

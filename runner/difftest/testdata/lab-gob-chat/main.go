// difftest: same
package main

// Chat messages sent with encoding/gob over TCP: each message is a struct
// of exported fields (a time as an int, the sender, the text, a slice of
// mentions), one gob.Encoder and one gob.Decoder per connection; the
// server answers each message with a Receipt.

import (
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
)

type ChatMessage struct {
	Seq      int
	From     string
	Text     string
	Mentions []string
}

type Receipt struct {
	Seq   int
	Words int
	OK    bool
}

func serve(conn net.Conn) {
	defer conn.Close()
	dec := gob.NewDecoder(conn)
	enc := gob.NewEncoder(conn)
	for {
		var m ChatMessage
		err := dec.Decode(&m)
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			fmt.Println("server:", err)
			return
		}
		enc.Encode(Receipt{Seq: m.Seq, Words: len(strings.Fields(m.Text)), OK: m.From != ""})
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	done := make(chan bool)
	go func() {
		c, err := ln.Accept()
		if err == nil {
			serve(c)
		}
		done <- true
	}()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	enc := gob.NewEncoder(conn)
	dec := gob.NewDecoder(conn)
	msgs := []ChatMessage{
		{1, "ann", "hello there everyone", nil},
		{2, "bob", "hi @ann", []string{"ann"}},
		{3, "", "who am I", nil},
	}
	for _, m := range msgs {
		if err := enc.Encode(m); err != nil {
			fmt.Println("encode:", err)
			return
		}
		var r Receipt
		if err := dec.Decode(&r); err != nil {
			fmt.Println("decode:", err)
			return
		}
		fmt.Printf("%+v -> %+v\n", m, r)
	}
	conn.Close()
	<-done
}

// difftest: same
package main

// encoding/gob's own example, over a buffer and over TCP through a
// bufio.Writer and a function given the connection: the bytes are read
// only by gob decoders, which read no type name, so the values are a Go
// build's whatever gob's description of the types carries.

import (
	"bufio"
	"bytes"
	"encoding/gob"
	"fmt"
	"io"
	"net"
)

type P struct {
	X, Y, Z int
	Name    string
}

type Q struct {
	X, Y *int32
	Name string
}

type Batch struct {
	Points []P
	Tags   map[string]P
}

func send(w io.Writer, b Batch) error {
	bw := bufio.NewWriter(w)
	if err := gob.NewEncoder(bw).Encode(b); err != nil {
		return err
	}
	return bw.Flush()
}

func main() {
	var network bytes.Buffer
	enc := gob.NewEncoder(&network)
	dec := gob.NewDecoder(&network)
	if err := enc.Encode(P{3, 4, 5, "Pythagoras"}); err != nil {
		fmt.Println("encode error:", err)
	}
	if err := enc.Encode(P{1782, 1841, 1922, "Treehouse"}); err != nil {
		fmt.Println("encode error:", err)
	}
	for range 2 {
		var q Q
		if err := dec.Decode(&q); err != nil {
			fmt.Println("decode error:", err)
			return
		}
		fmt.Printf("%q: {%d, %d}\n", q.Name, *q.X, *q.Y)
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
		var b Batch
		if err := gob.NewDecoder(c).Decode(&b); err != nil {
			fmt.Println("server:", err)
			return
		}
		fmt.Println("server got", b.Points, b.Tags["origin"])
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := send(c, Batch{Points: []P{{1, 2, 3, "a"}}, Tags: map[string]P{"origin": {Name: "o"}}}); err != nil {
		fmt.Println("send:", err)
	}
	c.Close()
	<-done
}

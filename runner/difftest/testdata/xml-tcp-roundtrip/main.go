// difftest: same
package main

// An XML round trip over a loopback TCP connection: the client sends
// requests, the server answers each; a request whose tags conflict fails
// in the client's encoder, which errors.As tells.

import (
	"encoding/xml"
	"errors"
	"fmt"
	"net"
)

type Request struct {
	From string `xml:"from"`
	Seq  int    `xml:"seq"`
}

type Reply struct {
	XMLName xml.Name `xml:"reply"`
	Seq     int      `xml:"seq,attr"`
	Text    string   `xml:",chardata"`
}

type Broken struct {
	Seq  int `xml:"meta>seq"`
	Meta int `xml:"meta"`
}

func serve(ln net.Listener) {
	c, err := ln.Accept()
	if err != nil {
		fmt.Println("accept:", err)
		return
	}
	defer c.Close()
	dec, enc := xml.NewDecoder(c), xml.NewEncoder(c)
	for {
		var r Request
		if err := dec.Decode(&r); err != nil {
			return
		}
		if err := enc.Encode(Reply{Seq: r.Seq, Text: "hello " + r.From}); err != nil {
			fmt.Println("server:", err)
			return
		}
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ln.Close()
	go serve(ln)
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	defer c.Close()
	enc, dec := xml.NewEncoder(c), xml.NewDecoder(c)
	send := []any{Request{"ann", 1}, &Broken{2, 3}, &Request{"bob", 2}, []Broken{{}}}
	for _, m := range send {
		if err := enc.Encode(m); err != nil {
			var tpe *xml.TagPathError
			if errors.As(err, &tpe) {
				fmt.Printf("not sent: %v (%s: %s, %s)\n", err, tpe.Struct, tpe.Field1, tpe.Field2)
			}
			continue
		}
		var r Reply
		if err := dec.Decode(&r); err != nil {
			fmt.Println("reply:", err)
			return
		}
		fmt.Printf("%+v\n", r)
	}
}

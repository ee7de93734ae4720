// difftest: same
package main

// A first try at framing that many students make: binary.Write of a
// message struct whose payload is a []byte, which encoding/binary refuses
// (the error names the type), then the fix: a fixed header struct written
// with binary.Write and the payload after it, read back over TCP with
// binary.Read and io.ReadFull; binary.Size tells the two apart.

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"net"
)

type Message struct {
	Kind    uint8
	Payload []byte
}

type header struct {
	Kind uint8
	_    [3]byte
	Len  uint32
}

func main() {
	m := Message{Kind: 2, Payload: []byte("ping")}
	fmt.Println("size:", binary.Size(m), binary.Size(header{}), binary.Size(&header{}))
	if err := binary.Write(io.Discard, binary.LittleEndian, m); err != nil {
		fmt.Println("first try:", err)
	}
	var back Message
	err := binary.Read(bufio.NewReader(nil), binary.LittleEndian, &back)
	fmt.Println("reading it:", err)
	msgs := []Message{m}
	fmt.Println("a slice of them:", binary.Write(io.Discard, binary.LittleEndian, msgs))
	buf := make([]byte, 16)
	_, err = binary.Encode(buf, binary.LittleEndian, &m)
	fmt.Println("encode:", err)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	done := make(chan bool)
	go func() {
		defer close(done)
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		for {
			var h header
			if err := binary.Read(c, binary.LittleEndian, &h); err != nil {
				fmt.Println("server done:", err)
				return
			}
			p := make([]byte, h.Len)
			io.ReadFull(c, p)
			fmt.Printf("server: kind %d payload %q\n", h.Kind, p)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	for _, msg := range []Message{m, {Kind: 3, Payload: []byte("pong!")}} {
		out, _ := binary.Append(nil, binary.LittleEndian, header{Kind: msg.Kind, Len: uint32(len(msg.Payload))})
		c.Write(append(out, msg.Payload...))
	}
	c.Close()
	<-done
}

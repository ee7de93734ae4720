// difftest: same
package main

// A peer sends message kinds as bytes; the kind's String looks its name
// up in a slice literal, and a kind the table lacks panics there, which fmt
// recovers and prints with Go's runtime error (the program calls no
// recover of its own).

import (
	"fmt"
	"net"
	"strings"
)

type Kind byte

func (k Kind) String() string { return []string{"HELLO", "DATA", "BYE"}[k] }

type Frame struct {
	Kind Kind
	Body string
}

func (f Frame) String() string {
	return fmt.Sprintf("%v(%s)", f.Kind, strings.Fields(f.Body)[1])
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		c.Write([]byte{0, 1, 7, 2})
		c.Close()
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	buf := make([]byte, 8)
	n := 0
	for n < 4 {
		m, err := c.Read(buf[n:])
		n += m
		if err != nil {
			break
		}
	}
	for _, b := range buf[:n] {
		fmt.Printf("kind %d: %v\n", b, Kind(b))
	}
	fmt.Println(Frame{Kind(1), "two words"}, Frame{Kind(2), "one"})
	c.Close()
	ln.Close()
}

// difftest: same
package main

// The lessons' "Unicode and encodings" slide in Go: a string is bytes in
// UTF-8, 中 takes three of them, and what goes through a socket is bytes.
// The server reports how many bytes and runes it received, and a message
// cut in the middle of a character shows why a protocol must wait for the
// whole message before decoding.

import (
	"fmt"
	"io"
	"net"
	"unicode/utf8"
)

func main() {
	msg1 := "\u4e2d"
	msg2 := []byte(msg1)
	fmt.Println(msg1, len(msg1), utf8.RuneCountInString(msg1))
	fmt.Printf("%q % x %v\n", msg2, msg2, msg2)
	fmt.Println(string(msg2) == msg1, []byte("string"), len([]byte("string")))

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	report := make(chan string)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			data, _ := io.ReadAll(c)
			c.Close()
			report <- fmt.Sprintf("%d bytes, %d runes, valid=%t: %q", len(data), utf8.RuneCount(data), utf8.Valid(data), data)
		}
	}()
	send := func(b []byte) {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		c.Write(b)
		c.Close()
		fmt.Println(<-report)
	}
	greeting := []byte("你好, world")
	send(greeting)
	send(greeting[:4])
	send([]byte("caf\xc3\xa9"))
	for i, r := range "a中b" {
		fmt.Printf("%d:%c(%U) ", i, r, r)
	}
	fmt.Println()
}

// difftest: same
package main

// A client sends gob values over TCP and the server counts the raw bytes
// it receives, as a traffic meter would: gob's description of Order
// carries its name in a Go build, so the count is Go's.

import (
	"encoding/gob"
	"fmt"
	"io"
	"net"
)

type Order struct {
	Item  string
	Count int
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ln.Close()
	got := make(chan int)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			got <- -1
			return
		}
		defer c.Close()
		data, _ := io.ReadAll(c)
		got <- len(data)
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	enc := gob.NewEncoder(c)
	for _, o := range []Order{{"tea", 2}, {"cake", 1}} {
		if err := enc.Encode(o); err != nil {
			fmt.Println("encode:", err)
		}
	}
	c.Close()
	fmt.Println("the server received", <-got, "bytes")
}

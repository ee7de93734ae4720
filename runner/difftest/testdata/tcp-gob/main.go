// difftest: same
package main

import (
	"encoding/gob"
	"fmt"
	"net"
)

type Request struct {
	Words []string
}

type Response struct {
	Count   int
	Longest string
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		var req Request
		if err := gob.NewDecoder(c).Decode(&req); err != nil {
			return
		}
		resp := Response{Count: len(req.Words)}
		for _, w := range req.Words {
			if len(w) > len(resp.Longest) {
				resp.Longest = w
			}
		}
		gob.NewEncoder(c).Encode(resp)
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	gob.NewEncoder(c).Encode(Request{Words: []string{"go", "gopher", "net"}})
	var resp Response
	err = gob.NewDecoder(c).Decode(&resp)
	fmt.Println(resp.Count, resp.Longest, err)
}

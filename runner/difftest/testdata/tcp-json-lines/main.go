// difftest: same
package main

import (
	"encoding/json"
	"fmt"
	"net"
)

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
		dec, enc := json.NewDecoder(c), json.NewEncoder(c)
		for {
			var req map[string]any
			if err := dec.Decode(&req); err != nil {
				return
			}
			a, _ := req["a"].(float64)
			b, _ := req["b"].(float64)
			enc.Encode(map[string]any{"op": req["op"], "result": a + b})
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	enc, dec := json.NewEncoder(c), json.NewDecoder(c)
	for i := 1; i <= 3; i++ {
		enc.Encode(map[string]any{"op": "add", "a": i, "b": i * 10})
		var resp map[string]any
		if err := dec.Decode(&resp); err != nil {
			fmt.Println("decode:", err)
			return
		}
		fmt.Println(resp["op"], resp["result"])
	}
}

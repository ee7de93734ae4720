// difftest: same
package main

// A JSON-RPC service over TCP called through jsonrpc.Dial, then by hand
// with raw JSON lines, whose replies are decoded into a map.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net"
	"net/rpc"
	"net/rpc/jsonrpc"
)

type Calc int

type Pair struct {
	A, B float64
}

type Result struct {
	Quo float64 `json:"quotient"`
	Rem int     `json:"remainder"`
}

func (Calc) Divide(p Pair, r *Result) error {
	if p.B == 0 {
		return fmt.Errorf("divide %v by zero", p.A)
	}
	r.Quo = p.A / p.B
	r.Rem = int(p.A) % int(p.B)
	return nil
}

func main() {
	s := rpc.NewServer()
	s.Register(new(Calc))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go s.ServeCodec(jsonrpc.NewServerCodec(c))
		}
	}()
	cl, err := jsonrpc.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	var r Result
	fmt.Println(cl.Call("Calc.Divide", Pair{7, 2}, &r), r)
	fmt.Println(cl.Call("Calc.Divide", Pair{7, 0}, &r), r)
	cl.Close()

	// Raw JSON on the wire.
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	br := bufio.NewReader(c)
	for _, req := range []string{
		`{"method":"Calc.Divide","params":[{"A":9,"B":4}],"id":42}`,
		`{"method":"Calc.Nope","params":[{}],"id":43}`,
	} {
		fmt.Fprintln(c, req) // one at a time: the server answers calls in any order
		line, _ := br.ReadBytes('\n')
		var m map[string]any
		json.Unmarshal(line, &m)
		fmt.Println(m["id"], m["result"], m["error"])
	}
}

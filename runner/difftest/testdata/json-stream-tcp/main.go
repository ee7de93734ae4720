// difftest: same
package main

// Requests and replies as a stream of JSON values over one TCP connection:
// a json.Encoder on each side writes, a json.Decoder reads the next value,
// and a value that is not JSON ends the stream with a *json.SyntaxError.

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
)

type Request struct {
	Op   string    `json:"op"`
	Args []float64 `json:"args"`
}

type Reply struct {
	Result float64 `json:"result"`
	Error  string  `json:"error,omitempty"`
}

func serve(c net.Conn) {
	defer c.Close()
	dec, enc := json.NewDecoder(c), json.NewEncoder(c)
	for {
		var req Request
		err := dec.Decode(&req)
		if err == io.EOF {
			return
		}
		var se *json.SyntaxError
		if errors.As(err, &se) {
			enc.Encode(Reply{Error: fmt.Sprintf("bad request at byte %d: %v", se.Offset, err)})
			return
		}
		var r Reply
		switch req.Op {
		case "sum":
			for _, a := range req.Args {
				r.Result += a
			}
		case "max":
			for i, a := range req.Args {
				if i == 0 || a > r.Result {
					r.Result = a
				}
			}
		default:
			r.Error = "unknown op " + req.Op
		}
		enc.Encode(r)
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err == nil {
			serve(c)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	enc, dec := json.NewEncoder(c), json.NewDecoder(c)
	for _, req := range []Request{{"sum", []float64{1, 2, 3.5}}, {"max", []float64{4, 9, 2}}, {"avg", nil}} {
		enc.Encode(req)
		var r Reply
		if err := dec.Decode(&r); err != nil {
			fmt.Println("decode:", err)
			return
		}
		fmt.Printf("%s %v -> %+v\n", req.Op, req.Args, r)
	}
	io.Copy(c, strings.NewReader(`{"op": "sum", "args": [1, 2,]}`))
	var r Reply
	fmt.Println(dec.Decode(&r), r.Error)
	fmt.Println(dec.Decode(&r))
}

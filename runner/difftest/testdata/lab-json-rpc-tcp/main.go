// difftest: same
package main

// A hand-made RPC over TCP with JSON: each request is a JSON object on the
// stream ({"id":1,"method":"add","params":[2,3]}), decoded with a
// json.Decoder; answers carry a result or an error. Methods live in a map
// of functions.

import (
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"strings"
)

type Request struct {
	ID     int               `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

type Response struct {
	ID     int    `json:"id"`
	Result any    `json:"result,omitempty"`
	Error  string `json:"error,omitempty"`
}

type method func(params []json.RawMessage) (any, error)

var methods = map[string]method{
	"add": func(p []json.RawMessage) (any, error) {
		sum := 0.0
		for _, raw := range p {
			var x float64
			if err := json.Unmarshal(raw, &x); err != nil {
				return nil, fmt.Errorf("add: %w", err)
			}
			sum += x
		}
		return sum, nil
	},
	"upper": func(p []json.RawMessage) (any, error) {
		if len(p) != 1 {
			return nil, errors.New("upper takes one string")
		}
		var s string
		if err := json.Unmarshal(p[0], &s); err != nil {
			return nil, err
		}
		return strings.ToUpper(s), nil
	},
	"split": func(p []json.RawMessage) (any, error) {
		var s string
		json.Unmarshal(p[0], &s)
		return strings.Fields(s), nil
	},
}

func serve(conn net.Conn) {
	defer conn.Close()
	dec := json.NewDecoder(conn)
	enc := json.NewEncoder(conn)
	for {
		var req Request
		if err := dec.Decode(&req); err != nil {
			return
		}
		resp := Response{ID: req.ID}
		if m, ok := methods[req.Method]; !ok {
			resp.Error = "no method " + req.Method
		} else if res, err := m(req.Params); err != nil {
			resp.Error = err.Error()
		} else {
			resp.Result = res
		}
		enc.Encode(resp)
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
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer conn.Close()
	calls := []string{
		`{"id":1,"method":"add","params":[2,3,4.5]}`,
		`{"id":2,"method":"upper","params":["hello"]}`,
		`{"id":3,"method":"add","params":[1,"two"]}`,
		`{"id":4,"method":"split","params":["a b  c"]}`,
		`{"id":5,"method":"sleep","params":[]}`,
		`{"id":6,"method":"upper","params":[]}`,
	}
	dec := json.NewDecoder(conn)
	for _, call := range calls {
		fmt.Fprintln(conn, call)
		var raw map[string]any
		if err := dec.Decode(&raw); err != nil {
			fmt.Println("decode:", err)
			return
		}
		fmt.Printf("%v -> %v\n", raw["id"], raw)
		out, _ := json.Marshal(raw)
		fmt.Println(string(out))
	}
}

// difftest: same
package main

// A JSON array streamed over TCP, read element by element with a
// Decoder's Token and More, then objects one after another; a bad value
// gives a *json.UnmarshalTypeError naming the field, and broken JSON a
// *json.SyntaxError with its offset.

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
)

type Reading struct {
	Sensor string   `json:"sensor"`
	Value  float64  `json:"value"`
	Tags   []string `json:"tags,omitempty"`
}

const feed = `[
 {"sensor": "t1", "value": 21.5},
 {"sensor": "t2", "value": 19, "tags": ["roof"]},
 {"sensor": "h1", "value": 0.4}
]
{"sensor": "t3", "value": "hot"}
{"sensor": "t4", "value": 7}
{"sensor": "t5", "value": }
`

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
		io.WriteString(c, feed)
		c.Close()
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	dec := json.NewDecoder(c)
	tok, err := dec.Token()
	fmt.Printf("open: %v %T %v\n", tok, tok, err)
	sum := 0.0
	for dec.More() {
		var r Reading
		if err := dec.Decode(&r); err != nil {
			fmt.Println("element:", err)
			return
		}
		sum += r.Value
		fmt.Printf("%+v\n", r)
	}
	tok, err = dec.Token()
	fmt.Printf("close: %v %v sum %.1f\n", tok, err, sum)
	for {
		var r Reading
		err := dec.Decode(&r)
		if err == io.EOF {
			fmt.Println("end")
			return
		}
		var te *json.UnmarshalTypeError
		var se *json.SyntaxError
		switch {
		case errors.As(err, &te):
			fmt.Printf("type error: field %s value %s type %v: %v (partial %+v)\n", te.Field, te.Value, te.Type, err, r)
		case errors.As(err, &se):
			fmt.Printf("syntax error at %d: %v\n", se.Offset, err)
			return
		case err != nil:
			fmt.Println("other:", err)
			return
		default:
			fmt.Printf("%+v offset %d\n", r, dec.InputOffset())
		}
	}
}

// difftest: same
package main

// A client decodes the server's JSON replies into values instead of
// pointers to them, the mistake json.Unmarshal reports with an
// *json.InvalidUnmarshalError naming the target's type; then it fixes it.

import (
	"encoding/json"
	"errors"
	"fmt"
	"net"
)

type Status struct {
	Code int    `json:"code"`
	Text string `json:"text"`
}

type Level int

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
		defer c.Close()
		json.NewEncoder(c).Encode(Status{200, "ok"})
		json.NewEncoder(c).Encode([]Status{{1, "a"}})
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	dec := json.NewDecoder(c)
	var st Status
	err = dec.Decode(st)
	fmt.Println(err)
	var ie *json.InvalidUnmarshalError
	if errors.As(err, &ie) {
		fmt.Println("type:", ie.Type)
	}
	fmt.Println(dec.Decode(&st), st)
	var list []Status
	fmt.Println(dec.Decode(list))
	fmt.Println(dec.Decode(&list), list)
	var p *Status
	fmt.Println(json.Unmarshal([]byte(`{"code":1}`), p))
	var byName map[string]Status
	fmt.Println(json.Unmarshal([]byte(`{}`), byName))
	var lv Level
	fmt.Println(json.Unmarshal([]byte(`3`), lv))
	c.Close()
	ln.Close()
}

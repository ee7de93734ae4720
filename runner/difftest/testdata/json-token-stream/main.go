// difftest: same
package main

// Decoding a large JSON array as it arrives: json.Decoder.Token reads the
// opening bracket, More and Decode read one element at a time, and Token
// again the closing bracket, so the whole array never sits in memory.

import (
	"encoding/json"
	"fmt"
	"net"
	"strings"
)

type Reading struct {
	Sensor string  `json:"sensor"`
	Value  float64 `json:"value"`
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
		var parts []string
		for i := 0; i < 5; i++ {
			parts = append(parts, fmt.Sprintf(`{"sensor": "s%d", "value": %d.5}`, i, i*10))
		}
		fmt.Fprint(c, "[\n  "+strings.Join(parts, ",\n  ")+"\n]\n")
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	dec := json.NewDecoder(c)
	tok, err := dec.Token()
	fmt.Printf("%T %v %v\n", tok, tok, err)
	sum := 0.0
	for dec.More() {
		var r Reading
		if err := dec.Decode(&r); err != nil {
			fmt.Println("decode:", err)
			return
		}
		sum += r.Value
		fmt.Printf("%+v offset>0=%v\n", r, dec.InputOffset() > 0)
	}
	tok, err = dec.Token()
	fmt.Printf("%T %v %v sum=%.1f\n", tok, tok, err, sum)
	_, err = dec.Token()
	fmt.Println(err)

	d2 := json.NewDecoder(strings.NewReader(`{"a": [1, "x", true, null], "b": {"c": 2}}`))
	for {
		t, err := d2.Token()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%T:%v ", t, t)
	}
}

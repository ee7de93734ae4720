// difftest: same

package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net"
	"strings"
)

type Reading struct {
	Sensor string  `json:"sensor"`
	Value  float64 `json:"value"`
	Unit   string  `json:"unit,omitempty"`
}

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go func() {
		c, _ := ln.Accept()
		defer c.Close()
		io.WriteString(c, `[{"sensor":"t1","value":21.5,"unit":"C"},{"sensor":"h1","value":40}, {"sensor":"bad","value":"x"},{"sensor":"t2","value":-3.25e1}]`)
		io.WriteString(c, `{"sensor":"after","value":1} {"sensor":"end"`)
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	dec := json.NewDecoder(c)
	tok, err := dec.Token()
	fmt.Printf("%T %v %v\n", tok, tok, err)
	sum := 0.0
	for dec.More() {
		var r Reading
		if err := dec.Decode(&r); err != nil {
			fmt.Println("decode:", err)
			continue
		}
		sum += r.Value
		fmt.Printf("%-4s %7.2f %q\n", r.Sensor, r.Value, r.Unit)
	}
	tok, err = dec.Token()
	fmt.Printf("%v %v sum=%.2f\n", tok, err, sum)
	for {
		var r Reading
		err := dec.Decode(&r)
		if err == io.EOF {
			fmt.Println("eof")
			break
		}
		if err != nil {
			fmt.Println("err:", err)
			break
		}
		fmt.Println(r)
	}
	d2 := json.NewDecoder(strings.NewReader(`{"a":1,"b":[true,null,"s",2.5]}`))
	d2.UseNumber()
	for {
		t, err := d2.Token()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%T:%v ", t, t)
	}
	fmt.Println()
}

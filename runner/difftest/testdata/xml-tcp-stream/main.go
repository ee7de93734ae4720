// difftest: same
package main

import (
	"encoding/xml"
	"fmt"
	"io"
	"net"
)

type Request struct {
	XMLName xml.Name `xml:"req"`
	Seq     int      `xml:"seq,attr"`
	Op      string   `xml:"op"`
	Args    []int    `xml:"arg"`
}

type Result struct {
	Seq   int `xml:"seq,attr"`
	Value int `xml:"value"`
	note  string
}

type Bye struct {
	Count int
}

func serve(c net.Conn, done chan<- struct{}) {
	defer close(done)
	defer c.Close()
	dec, enc := xml.NewDecoder(c), xml.NewEncoder(c)
	n := 0
	for {
		var req Request
		if err := dec.Decode(&req); err != nil {
			if err != io.EOF {
				fmt.Println("server decode:", err)
			}
			return
		}
		n++
		sum := 0
		for _, a := range req.Args {
			sum += a
		}
		if req.Op == "neg" {
			sum = -sum
		}
		var out any = Result{req.Seq, sum, "internal"}
		if req.Op == "bye" {
			out = Bye{n}
		}
		if err := enc.Encode(out); err != nil {
			fmt.Println("server encode:", err)
			return
		}
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	done := make(chan struct{})
	go func() {
		c, err := ln.Accept()
		if err != nil {
			close(done)
			return
		}
		serve(c, done)
	}()

	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	enc, dec := xml.NewEncoder(c), xml.NewDecoder(c)
	reqs := []Request{{Seq: 1, Op: "add", Args: []int{1, 2, 3}}, {Seq: 2, Op: "neg", Args: []int{4, 5}}}
	for _, r := range reqs {
		if err := enc.Encode(r); err != nil {
			panic(err)
		}
		var res Result
		if err := dec.Decode(&res); err != nil {
			fmt.Println("client decode:", err)
			return
		}
		fmt.Printf("seq %d = %d (%q)\n", res.Seq, res.Value, res.note)
	}
	if err := enc.Encode(&Request{Seq: 3, Op: "bye"}); err != nil {
		panic(err)
	}
	var bye Bye
	err = dec.Decode(&bye)
	fmt.Println("bye:", bye.Count, err)
	c.Close()
	<-done
}

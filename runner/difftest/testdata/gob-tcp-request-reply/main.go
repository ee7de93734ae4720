// difftest: same
package main

// A key-value store spoken in gob over TCP: each side keeps one Encoder
// and one Decoder for the whole connection, requests carry an op and
// optional fields (a pointer, a map, a slice), replies a value or an
// error text; the type information is sent once per stream.

import (
	"encoding/gob"
	"fmt"
	"io"
	"net"
	"sort"
	"time"
)

type Request struct {
	Op    string
	Key   string
	Value *string
	Batch map[string]string
	TTL   time.Duration
}

type Reply struct {
	Found bool
	Value string
	Keys  []string
	Err   string
}

func serve(c net.Conn, done chan<- bool) {
	defer func() { c.Close(); done <- true }()
	store := map[string]string{}
	dec, enc := gob.NewDecoder(c), gob.NewEncoder(c)
	for {
		var q Request
		if err := dec.Decode(&q); err != nil {
			fmt.Println("server:", err == io.EOF)
			return
		}
		var r Reply
		switch q.Op {
		case "put":
			if q.Value == nil {
				r.Err = "put without value"
				break
			}
			store[q.Key] = *q.Value
			r.Found = true
		case "get":
			r.Value, r.Found = store[q.Key]
		case "mput":
			for k, v := range q.Batch {
				store[k] = v
			}
			r.Value = fmt.Sprint(len(q.Batch), " ttl ", q.TTL)
		case "keys":
			for k := range store {
				r.Keys = append(r.Keys, k)
			}
			sort.Strings(r.Keys)
		default:
			r.Err = "bad op " + q.Op
		}
		if err := enc.Encode(r); err != nil {
			fmt.Println("encode:", err)
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
	done := make(chan bool)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		serve(c, done)
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	enc, dec := gob.NewEncoder(c), gob.NewDecoder(c)
	v := "blue"
	for _, q := range []Request{
		{Op: "put", Key: "sky", Value: &v},
		{Op: "put", Key: "sea"},
		{Op: "get", Key: "sky"},
		{Op: "get", Key: "grass"},
		{Op: "mput", Batch: map[string]string{"grass": "green", "sun": "yellow"}, TTL: 90 * time.Second},
		{Op: "keys"},
		{Op: "del", Key: "sky"},
	} {
		if err := enc.Encode(q); err != nil {
			panic(err)
		}
		var r Reply
		if err := dec.Decode(&r); err != nil {
			panic(err)
		}
		fmt.Printf("%s %s -> %+v\n", q.Op, q.Key, r)
	}
	c.Close()
	<-done
}

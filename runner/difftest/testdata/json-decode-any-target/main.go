// difftest: same

// A target of JSON decoding whose static type is an interface, or holds
// one (a *any, a []any, a field of type any), that holds a pointer to a
// script's struct: the decoder fills the fields Go's fills, and leaves the
// unexported ones alone even where the input names them as the
// interpreter does (Xm); embedded structs promote their fields; errors
// name the struct type.
package main

import (
	"encoding/json"
	"fmt"
	"net"
	"strings"
	"sync"
)

type T struct {
	N int
	m string
}

type Meta struct {
	ID   int
	note string
}

type Msg struct {
	Meta
	Kind string `json:"kind"`
	body string
	Tags []string `json:"tags,omitempty"`
}

type Named struct {
	N int
	m string
}

func (n Named) Hello() string { return "hi " + n.m }

type Box struct {
	Items []Named
	Data  any
	hid   int
}

type W struct{ Data any }

// Hub embeds types of Go's library without methods of their value.
type Hub struct {
	sync.Mutex
	net.TCPAddr
	Name string
	n    int
}

// readMsg decodes one message of a stream into v, as a server's helper does.
func readMsg(dec *json.Decoder, v any) error { return dec.Decode(v) }

func main() {
	t := &T{}
	var v any = t
	err := json.Unmarshal([]byte(`{"N":1,"m":"x","Xm":"y"}`), v)
	fmt.Printf("any: %+v %v\n", *t, err)

	var st T
	err = json.Unmarshal([]byte(`{"N":2,"m":"x","Xm":"y"}`), &st)
	fmt.Printf("static: %+v %v\n", st, err)

	t2 := &T{}
	var p any = t2
	err = json.Unmarshal([]byte(`{"N":3,"Xm":"y"}`), &p)
	fmt.Printf("*any: %+v %v %v\n", *t2, err, p == any(t2))

	a, b := &T{}, &T{}
	xs := []any{a, b}
	err = json.Unmarshal([]byte(`[{"N":4,"Xm":"a"},{"N":5,"m":"b"},{"N":6}]`), &xs)
	fmt.Printf("[]any: %d %+v %+v %v %v\n", len(xs), *a, *b, xs[2], err)

	t3 := &T{}
	w := W{Data: t3}
	err = json.Unmarshal([]byte(`{"Data":{"N":7,"m":"x","Xm":"y"}}`), &w)
	fmt.Printf("field: %+v %v\n", *t3, err)

	m := &Msg{}
	v = m
	err = json.Unmarshal([]byte(`{"ID":8,"note":"n","Xnote":"x","kind":"k","body":"b","Xbody":"y","tags":["a"]}`), v)
	fmt.Printf("embedded: %+v %v\n", *m, err)

	dec := json.NewDecoder(strings.NewReader(`{"N":9,"m":"x","Xm":"y"}
{"Items":[{"N":10,"Xm":"q"}],"hid":4,"Xhid":5,"Data":{"a":1}}
{"N":"s"}
{"Items":[{"N":"s"}]}
`))
	n := &Named{}
	err = readMsg(dec, n)
	fmt.Printf("decoder: %+v %v %s\n", *n, err, n.Hello())
	box := &Box{}
	err = readMsg(dec, box)
	fmt.Printf("box: %+v %d %v %v\n", box.Items, box.hid, box.Data != nil, err)
	fmt.Println("error:", readMsg(dec, n))
	fmt.Println("error:", readMsg(dec, box))

	t4 := &T{}
	w = W{Data: t4}
	fmt.Println("error:", json.Unmarshal([]byte(`{"Data":{"N":"x"}}`), &w))
	fmt.Println("error:", json.Unmarshal([]byte(`[1]`), v))

	h := &Hub{}
	v = h
	err = json.Unmarshal([]byte(`{"Name":"a","n":1,"Xn":2,"Port":80,"TCPAddr":{"Port":9},"Mutex":{}}`), v)
	h.Lock()
	fmt.Println("library embedded:", h.Name, h.n, h.Port, err)
	h.Unlock()

	err = json.Unmarshal([]byte(`null`), &p)
	fmt.Println("null:", p == nil, err)

	var q any
	err = json.Unmarshal([]byte(`{"x":[1,2]}`), &q)
	fmt.Println("plain:", q, err)
}

// difftest: refused type Tags []string is []string under the interpreter, one type where Go has two, and the server counts the bytes of the stream through a reader of its own
package main

// A server that meters its traffic, as gob-tcp-meter, where a request
// holds a type declared on []string beside a []string: a Go build's gob
// describes Tags and []string each, the interpreter's once.

import (
	"encoding/gob"
	"fmt"
	"io"
	"net"
)

type Line struct {
	Item  string
	Qty   int
	Notes map[string]string
	Tags  Tags
	Alias []string
}

type Tags []string

type Request struct {
	ID    int
	Lines []Line
	Rush  *bool
}

type Reply struct {
	ID    int
	Total int
	Err   string
}

// meter counts the bytes read through it.
type meter struct {
	r io.Reader
	n int
}

func (m *meter) Read(p []byte) (int, error) {
	n, err := m.r.Read(p)
	m.n += n
	return n, err
}

func serve(c net.Conn, counts chan<- int) {
	defer c.Close()
	m := &meter{r: c}
	dec := gob.NewDecoder(m)
	enc := gob.NewEncoder(c)
	for {
		var req Request
		if err := dec.Decode(&req); err != nil {
			close(counts)
			return
		}
		total := 0
		for _, l := range req.Lines {
			total += l.Qty
		}
		counts <- m.n
		if err := enc.Encode(Reply{ID: req.ID, Total: total}); err != nil {
			return
		}
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ln.Close()
	counts := make(chan int)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			close(counts)
			return
		}
		serve(c, counts)
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	enc, dec := gob.NewEncoder(c), gob.NewDecoder(c)
	rush := true
	reqs := []Request{
		{ID: 1, Lines: []Line{{"tea", 2, nil, Tags{"hot"}, nil}, {"cake", 1, map[string]string{"slice": "big"}, nil, []string{"gateau"}}}},
		{ID: 2, Lines: []Line{{"coffee", 3, nil, nil, nil}}, Rush: &rush},
	}
	for _, r := range reqs {
		if err := enc.Encode(r); err != nil {
			fmt.Println("encode:", err)
			return
		}
		fmt.Println("server has read", <-counts, "bytes")
		var rep Reply
		if err := dec.Decode(&rep); err != nil {
			fmt.Println("decode:", err)
			return
		}
		fmt.Printf("reply %d: total %d %q\n", rep.ID, rep.Total, rep.Err)
	}
	c.Close()
	for range counts {
	}
}

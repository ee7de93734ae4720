// difftest: same
package main

// A server that meters its traffic: it reads each request through a
// reader of its own that counts the bytes, decodes it with gob, and
// answers with gob on the same connection, as a lesson's server does. A
// Go build's gob describes Request, []main.Line, Line and Reply with
// their names, so the counts are a Go build's own.

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
}

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
		{ID: 1, Lines: []Line{{"tea", 2, nil}, {"cake", 1, map[string]string{"slice": "big"}}}},
		{ID: 2, Lines: []Line{{"coffee", 3, nil}}, Rush: &rush},
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

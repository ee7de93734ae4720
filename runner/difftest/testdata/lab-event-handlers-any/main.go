// difftest: same

package main

import (
	"fmt"
	"io"
	"strings"
)

type nopReader struct{ n, m int }

func (*nopReader) Read(p []byte) (int, error) { return 0, io.EOF }

type quit struct{}
type msg struct{ text string }
type join struct{ name string }

type Handler interface{ Handle() string }

func (quit) Handle() string    { return "quit" }
func (m msg) Handle() string   { return "msg " + m.text }
func (j *join) Handle() string { return "join " + j.name }

func main() {
	readers := []io.Reader{&nopReader{}, strings.NewReader("x"), &nopReader{1, 2}}
	for _, r := range readers {
		fmt.Printf("%T %v\n", r, r != nil)
	}
	events := []any{quit{}, msg{"hi"}, &join{"ann"}, 3, "s", nil}
	for _, e := range events {
		fmt.Printf("%T|%v|%+v\n", e, e, e)
		switch v := e.(type) {
		case quit:
			fmt.Println("  quit", v)
		case msg:
			fmt.Println("  msg", v.text)
		case *join:
			fmt.Println("  join", v.name)
		}
	}
	hs := []Handler{quit{}, msg{"yo"}, &join{"bob"}}
	for _, h := range hs {
		fmt.Printf("%T %v %s\n", h, h, h.Handle())
	}
	ch := make(chan Handler, 3)
	for _, h := range hs {
		ch <- h
	}
	close(ch)
	for h := range ch {
		if _, ok := h.(quit); ok {
			fmt.Println("got quit")
			continue
		}
		fmt.Printf("%T\n", h)
	}
	var r io.Reader = &nopReader{}
	n, err := r.Read(nil)
	fmt.Println(n, err, fmt.Sprintf("%T", r))
}

// difftest: same

package main

import (
	"fmt"
	"io"
	"net"
	"os"
	"strings"
)

type Sender interface{ Send(string) string }

type loud struct{ n int }

func (l *loud) Send(m string) string { l.n++; return strings.ToUpper(m) }

type quiet struct{}

func (quiet) Send(m string) string { return strings.ToLower(m) }

func apply(f func(string) string, xs ...string) []string {
	var out []string
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	l := &loud{}
	var s Sender = l
	g := s.Send
	fmt.Println(apply(g, "a", "b"), l.n)
	h := Sender.Send
	fmt.Println(h(quiet{}, "XyZ"), h(l, "q"), l.n)
	s = quiet{}
	fmt.Println(g("still loud"), s.Send("NOW QUIET"))
	w := io.Writer(os.Stdout)
	write := w.Write
	write([]byte("method value of io.Writer\n"))
	fp := fmt.Fprintf
	fp(w, "%s %d\n", "fprintf value", 3)
	a, b := net.Pipe()
	var c net.Conn = a
	send := c.Write
	go func() {
		send([]byte("over the pipe"))
		c.Close()
	}()
	got, err := io.ReadAll(b)
	fmt.Printf("%q %v\n", got, err)
	senders := map[string]func(string) string{"loud": l.Send, "quiet": quiet{}.Send}
	fmt.Println(senders["loud"]("x"), senders["quiet"]("Y"), l.n)
}

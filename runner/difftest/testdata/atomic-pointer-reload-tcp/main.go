// difftest: same
package main

// A TCP server on loopback whose handlers read the current greeting
// through an atomic.Pointer, without a lock, while the main goroutine
// reloads it between clients: each connection sees one whole
// configuration, the one current when it was accepted.

import (
	"bufio"
	"fmt"
	"net"
	"strings"
	"sync/atomic"
)

type Greeting struct {
	Text    string
	Version int
}

type Server struct {
	ln       net.Listener
	greeting atomic.Pointer[Greeting]
	served   atomic.Int32
}

func (s *Server) reload(text string) (old *Greeting) {
	next := &Greeting{Text: text}
	for {
		cur := s.greeting.Load()
		next.Version = 1
		if cur != nil {
			next.Version = cur.Version + 1
		}
		if s.greeting.CompareAndSwap(cur, next) {
			return cur
		}
	}
}

func (s *Server) serve() {
	for {
		c, err := s.ln.Accept()
		if err != nil {
			return
		}
		g := s.greeting.Load()
		go func() {
			defer c.Close()
			name, err := bufio.NewReader(c).ReadString('\n')
			if err != nil {
				return
			}
			s.served.Add(1)
			fmt.Fprintf(c, "%s, %s (v%d)\n", g.Text, strings.TrimSpace(name), g.Version)
		}()
	}
}

func ask(addr, name string) string {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err.Error()
	}
	defer c.Close()
	fmt.Fprintln(c, name)
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return err.Error()
	}
	return strings.TrimSpace(line)
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	s := &Server{ln: ln}
	fmt.Println("replaced:", s.reload("hello"))
	go s.serve()
	addr := ln.Addr().String()
	fmt.Println(ask(addr, "ann"))
	old := s.reload("welcome back")
	fmt.Println("replaced version", old.Version)
	fmt.Println(ask(addr, "bob"))
	fmt.Println(ask(addr, "cy"))
	prev := s.greeting.Swap(&Greeting{Text: "bye", Version: 10})
	fmt.Println("swapped out:", prev.Text)
	fmt.Println(ask(addr, "di"))
	ln.Close()
	fmt.Println("served:", s.served.Load())
}

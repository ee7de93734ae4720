// difftest: same
package main

import (
	"bufio"
	"fmt"
	"net"
	"strconv"
	"strings"
	"sync"
)

// A server that answers commands, one goroutine per connection. A command
// that panics costs its client an error reply and the connection, not the
// server: each handler defers a method that recovers, or a closure kept in
// a field, and the other clients go on.

type server struct {
	mu      sync.Mutex
	stock   map[string]int
	crashes int
	onPanic func(c net.Conn, id int) // set by main: a closure deferred as a value
}

// recoverConn is deferred by the handler of each connection; id is
// evaluated at the defer statement.
func (s *server) recoverConn(c net.Conn, id int) {
	if r := recover(); r != nil {
		s.mu.Lock()
		s.crashes++
		s.mu.Unlock()
		fmt.Fprintf(c, "ERR client %d: %v\n", id, r)
	}
	c.Close()
}

func (s *server) count(name string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stock[name]
}

func (s *server) handle(c net.Conn, id int, viaField bool) {
	if viaField {
		defer s.onPanic(c, id)
	} else {
		defer s.recoverConn(c, id)
	}
	sc := bufio.NewScanner(c)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch f[0] {
		case "get":
			name := f[1]
			fmt.Fprintf(c, "%s=%d\n", name, s.count(name))
		case "take":
			n, _ := strconv.Atoi(f[2])
			fmt.Fprintf(c, "per unit %d\n", s.count(f[1])/n)
		}
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	s := &server{stock: map[string]int{"apple": 12}}
	s.onPanic = func(c net.Conn, id int) {
		if r := recover(); r != nil {
			fmt.Fprintf(c, "ERR (field) client %d: %v\n", id, r)
		}
		c.Close()
	}
	go func() {
		for id := 0; ; id++ {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go s.handle(c, id, id%2 == 1)
		}
	}()

	scripts := [][]string{
		{"get apple", "take apple 4", "take apple 0", "get apple"},
		{"get apple", "", "get apple"},
		{"take apple 3", "get"},
		{"get pear", "take pear 0"},
	}
	for i, lines := range scripts {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		r := bufio.NewReader(c)
		for _, line := range lines {
			fmt.Fprintln(c, line)
			reply, err := r.ReadString('\n')
			if err != nil {
				fmt.Printf("client %d: connection closed\n", i)
				break
			}
			fmt.Printf("client %d: %q -> %s", i, line, reply)
		}
		c.Close()
	}
	ln.Close()
	s.mu.Lock()
	fmt.Println("crashes:", s.crashes)
	s.mu.Unlock()
}

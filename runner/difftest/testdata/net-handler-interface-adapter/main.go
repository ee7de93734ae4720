// difftest: same
package main

// A TCP server with a Handler interface of the script's own and a
// HandlerFunc adapter, as net/http has, wrapped by a logging middleware
// that writes through a log.Logger on standard output.

import (
	"bufio"
	"errors"
	"fmt"
	"log"
	"net"
	"os"
	"strings"
	"sync"
)

type Handler interface {
	Serve(c net.Conn)
}

type HandlerFunc func(net.Conn)

func (f HandlerFunc) Serve(c net.Conn) { f(c) }

type Server struct {
	Handler Handler
	Log     *log.Logger
	wg      sync.WaitGroup
}

func (s *Server) Serve(ln net.Listener) error {
	for {
		c, err := ln.Accept()
		if err != nil {
			s.wg.Wait()
			return fmt.Errorf("accept: %w", err)
		}
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			defer c.Close()
			s.Handler.Serve(c)
		}()
	}
}

type reverser struct{ count int }

func (r *reverser) Serve(c net.Conn) {
	sc := bufio.NewScanner(c)
	for sc.Scan() {
		r.count++
		rs := []rune(sc.Text())
		for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
			rs[i], rs[j] = rs[j], rs[i]
		}
		fmt.Fprintln(c, string(rs))
	}
}

func logged(logger *log.Logger, h Handler) Handler {
	return HandlerFunc(func(c net.Conn) {
		logger.Println("open")
		h.Serve(c)
		logger.Println("closed")
	})
}

func main() {
	logger := log.New(os.Stdout, "[srv] ", 0)
	rev := &reverser{}
	s := &Server{Handler: logged(logger, rev), Log: logger}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	done := make(chan error)
	go func() { done <- s.Serve(ln) }()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		log.Fatal(err)
	}
	r := bufio.NewReader(c)
	for _, w := range []string{"hello", "héllo wörld", "racecar"} {
		fmt.Fprintln(c, w)
		line, _ := r.ReadString('\n')
		fmt.Println(w, "->", strings.TrimSpace(line))
	}
	c.Close()
	_, err = r.ReadString('\n')
	closed := errors.Is(err, net.ErrClosed)
	ln.Close()
	err = <-done // the handler has logged "closed" by now
	fmt.Println("after close:", closed)
	fmt.Println(strings.Contains(err.Error(), "use of closed network connection"), rev.count)
}

// difftest: same
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"time"
)

type ClockServer struct {
	ln    net.Listener
	ticks int
	wg    sync.WaitGroup
}

func (s *ClockServer) String() string { return fmt.Sprintf("ClockServer(ticks=%d)", s.ticks) }

func (s *ClockServer) handle(c net.Conn) {
	defer s.wg.Done()
	defer c.Close()
	t := time.Date(2024, 1, 2, 15, 4, 5, 0, time.UTC)
	for i := range s.ticks {
		_, err := io.WriteString(c, t.Add(time.Duration(i)*time.Second).Format("15:04:05\n"))
		if err != nil {
			return
		}
	}
}

func (s *ClockServer) Serve() error {
	for {
		c, err := s.ln.Accept()
		if err != nil {
			return err
		}
		s.wg.Add(1)
		go s.handle(c)
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	s := &ClockServer{ln: ln, ticks: 3}
	done := make(chan error)
	go func() { done <- s.Serve() }()
	for range 2 {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		sc := bufio.NewScanner(c)
		for sc.Scan() {
			fmt.Println("got", sc.Text())
		}
		c.Close()
	}
	ln.Close()
	err = <-done
	fmt.Println(errors.Is(err, net.ErrClosed), s)
	var op *net.OpError
	if errors.As(err, &op) {
		fmt.Printf("%s %s %T\n", op.Op, op.Net, op.Err)
	}
	s.wg.Wait()
	fmt.Printf("%v|%+v\n", s, *s == ClockServer{})
}

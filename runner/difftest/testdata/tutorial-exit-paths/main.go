// difftest: same
package main

import (
	"bufio"
	"fmt"
	"log"
	"net"
	"os"
)

type server struct {
	ln  net.Listener
	out *bufio.Writer
}

func (s *server) fatal(format string, args ...any) {
	s.out.Flush()
	log.New(os.Stdout, "server: ", 0).Fatalf(format, args...)
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	s := &server{ln: ln, out: bufio.NewWriter(os.Stdout)}
	defer fmt.Println("deferred: never printed")
	fmt.Fprintln(s.out, "buffered line 1")
	lost := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(lost, "this is lost")
	done := make(chan struct{})
	go func() {
		defer close(done)
		c, err := ln.Accept()
		if err != nil {
			return
		}
		buf := make([]byte, 4)
		n, _ := c.Read(buf)
		if string(buf[:n]) == "QUIT" {
			s.fatal("client asked to quit after %d bytes", n)
		}
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	c.Write([]byte("QUIT"))
	<-done
	fmt.Println("unreachable")
}

// difftest: same
package main

import (
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"strings"
)

func mustCopy(dst io.Writer, src io.Reader) int64 {
	n, err := io.Copy(dst, src)
	if err != nil {
		log.Fatal(err)
	}
	return n
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		n, _ := io.Copy(c, io.TeeReader(c, io.Discard))
		fmt.Fprintf(c, "server copied %d bytes\n", n)
		c.Close()
	}()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		log.Fatal(err)
	}
	done := make(chan int64)
	go func() {
		n := mustCopy(os.Stdout, conn)
		done <- n
	}()
	mustCopy(conn, strings.NewReader("one\ntwo\nthree\n"))
	tcp, ok := conn.(*net.TCPConn)
	fmt.Fprintln(os.Stderr, ok)
	tcp.CloseWrite()
	n := <-done
	fmt.Println("received", n)
}

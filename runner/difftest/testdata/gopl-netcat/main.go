// difftest: same
package main

// netcat3 of chapter 8 of The Go Programming Language against the
// reverb-like server it is written for: the main goroutine copies the
// input to the connection, a background goroutine copies the replies to
// standard output and signals on a done channel; main half-closes its side
// with CloseWrite so the server sees EOF and the background copy ends.
// The input is the program's standard input.

import (
	"bufio"
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"strings"
)

func mustCopy(dst io.Writer, src io.Reader) {
	if _, err := io.Copy(dst, src); err != nil {
		log.Fatal(err)
	}
}

func serve(c net.Conn) {
	input := bufio.NewScanner(c)
	n := 0
	for input.Scan() {
		n++
		fmt.Fprintf(c, "%d\t%s\n", n, strings.ToUpper(input.Text()))
	}
	fmt.Fprintf(c, "server: %d lines, then EOF\n", n)
	c.Close()
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
		serve(c)
	}()

	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		log.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		io.Copy(os.Stdout, conn) // NOTE: ignoring errors
		log.SetFlags(0)
		fmt.Println("done")
		done <- struct{}{} // signal the main goroutine
	}()
	mustCopy(conn, os.Stdin)
	conn.(*net.TCPConn).CloseWrite()
	<-done // wait for background goroutine to finish
	conn.Close()
}

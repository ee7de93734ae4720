// difftest: same
package main

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"os"
)

// send writes msg to any io.Writer and says which kind it got, as a tour
// of interfaces does: the terminal, a buffer, a TCP connection.
func send(w io.Writer, msg string) error {
	fmt.Printf("sending %q through a %T\n", msg, w)
	_, err := io.WriteString(w, msg)
	return err
}

// kind tells the writers apart by their concrete type.
func kind(w io.Writer) string {
	switch w := w.(type) {
	case *os.File:
		return "file " + w.Name()
	case *bytes.Buffer:
		return fmt.Sprintf("buffer of %d bytes", w.Len())
	case *net.TCPConn:
		return "TCP connection"
	default:
		return "something else"
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ln.Close()
	got := make(chan string)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			got <- err.Error()
			return
		}
		defer c.Close()
		b, _ := io.ReadAll(c)
		got <- string(b)
	}()

	var buf bytes.Buffer
	send(os.Stdout, "hello, terminal\n")
	send(&buf, "hello, buffer")
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := send(conn, "hello, peer"); err != nil {
		fmt.Println(err)
	}
	for _, w := range []io.Writer{os.Stdout, &buf, conn} {
		fmt.Println(kind(w))
	}
	conn.Close()
	fmt.Printf("the peer read %q\n", <-got)
}

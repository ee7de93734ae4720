// difftest: same
package main

// net.Pipe: an in-memory, synchronous connection with both ends in one
// program, as tests of protocol code use it; a write waits for the read
// that takes it, and the deadlines work as a TCP connection's do.

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"time"
)

func server(c net.Conn) {
	defer c.Close()
	r := bufio.NewReader(c)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		fmt.Fprintf(c, "len %d\n", len(line)-1)
	}
}

func main() {
	client, srv := net.Pipe()
	go server(srv)
	fmt.Println(client.LocalAddr().Network(), client.RemoteAddr().String())
	r := bufio.NewReader(client)
	for _, m := range []string{"hi", "pipes are synchronous"} {
		fmt.Fprintln(client, m)
		reply, err := r.ReadString('\n')
		fmt.Print(reply)
		if err != nil {
			fmt.Println(err)
		}
	}

	a, b := net.Pipe()
	a.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
	_, err := a.Read(make([]byte, 1))
	fmt.Println(err, errors.Is(err, os.ErrDeadlineExceeded))
	var ne net.Error
	fmt.Println(errors.As(err, &ne) && ne.Timeout())
	a.SetWriteDeadline(time.Now().Add(20 * time.Millisecond))
	_, err = a.Write([]byte("nobody reads"))
	fmt.Println(err)
	b.Close()
	a.SetDeadline(time.Time{})
	_, err = a.Read(make([]byte, 1))
	fmt.Println(err == io.EOF)
	a.Close()
	_, err = a.Write([]byte("x"))
	fmt.Println(err, errors.Is(err, io.ErrClosedPipe))
	client.Close()
}

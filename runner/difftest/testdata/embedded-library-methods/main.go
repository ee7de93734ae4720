// difftest: same
// Struct types that get methods from a library type they embed, beside
// fields of their own: an error that adds a count to a *net.OpError, a
// connection that counts what it reads, buffers that writers fill.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
)

// retryErr is a dial error with the attempts it took.
type retryErr struct {
	*net.OpError
	attempts int
}

// countConn counts the bytes read from the connection it embeds.
type countConn struct {
	net.Conn
	n *int
}

// page is a buffer with a title.
type page struct {
	bytes.Buffer
	title string
}

// journal is a builder that numbers its lines.
type journal struct {
	*strings.Builder
	lines int
}

func dial(attempts int) error {
	return retryErr{&net.OpError{Op: "dial", Net: "tcp", Err: os.ErrDeadlineExceeded}, attempts}
}

func main() {
	err := dial(3)
	fmt.Println(err)
	fmt.Println(errors.Is(err, os.ErrDeadlineExceeded), errors.Unwrap(err))
	var op *net.OpError
	fmt.Println(errors.As(err, &op))
	re := retryErr{&net.OpError{Op: "read", Net: "udp", Err: io.ErrUnexpectedEOF}, 2}
	fmt.Println(re.attempts, re.Op, re.Timeout(), re)
	var errs []error
	for i := 1; i <= 2; i++ {
		errs = append(errs, dial(i))
	}
	fmt.Println(errs)

	a, b := net.Pipe()
	go func() {
		b.Write([]byte("hello over a pipe"))
		b.Close()
	}()
	read := 0
	var r io.Reader = countConn{a, &read}
	data, _ := io.ReadAll(r)
	fmt.Println(string(data), read)

	p := &page{title: "home"}
	fmt.Fprintf(p, "<h1>%s</h1>", p.title)
	io.WriteString(p, "<p>hi</p>")
	fmt.Println(p.String(), p.Len())

	j := journal{new(strings.Builder), 0}
	for _, l := range []string{"start", "stop"} {
		j.lines++
		fmt.Fprintln(j, j.lines, l)
	}
	fmt.Print(j.String())
}

// Read counts what the connection reads.
func (c countConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	*c.n += n
	return n, err
}

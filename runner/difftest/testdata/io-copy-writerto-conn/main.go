// difftest: same
package main

// io.Copy picks the source's WriteTo or the destination's ReadFrom when a
// type has them: a script's reader that implements io.WriterTo and a
// writer that implements io.ReaderFrom, copied to and from a TCP
// connection on loopback.

import (
	"fmt"
	"io"
	"net"
	"strings"
)

type shout struct{ s string }

func (r *shout) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p, strings.ToUpper(r.s))
	r.s = r.s[n:]
	return n, nil
}

func (r *shout) WriteTo(w io.Writer) (int64, error) {
	fmt.Println("shout.WriteTo used")
	n, err := io.WriteString(w, strings.ToUpper(r.s)+"!")
	r.s = ""
	return int64(n), err
}

type sink struct {
	got  strings.Builder
	used bool
}

func (s *sink) Write(p []byte) (int, error) { return s.got.Write(p) }

func (s *sink) ReadFrom(r io.Reader) (int64, error) {
	s.used = true
	b, err := io.ReadAll(r)
	s.got.Write(b)
	return int64(len(b)), err
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	done := make(chan *sink)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			panic(err)
		}
		defer c.Close()
		s := &sink{}
		n, err := io.Copy(s, c)
		fmt.Println("server copied", n, err)
		done <- s
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	n, err := io.Copy(c, &shout{s: "hello over tcp"})
	fmt.Println("client copied", n, err)
	c.Close()
	s := <-done
	fmt.Printf("server got %q through ReadFrom: %v\n", s.got.String(), s.used)

	var plain strings.Builder
	n, err = io.Copy(&plain, io.LimitReader(&shout{s: "limited reader"}, 7))
	fmt.Println(n, err, plain.String())
}

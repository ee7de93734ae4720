// difftest: same
package main

// An echo server that tees what it receives into a byte counter and a
// transcript of its own types with io.MultiWriter, and a client that
// sends a greeting before its body with io.MultiReader.

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"strings"
)

// byteCounter counts what is written to it.
type byteCounter struct{ n int }

func (c *byteCounter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

// transcript keeps each line written to it, with a prefix.
type transcript struct {
	prefix string
	lines  *[]string
}

func (t transcript) Write(p []byte) (int, error) {
	for _, l := range strings.SplitAfter(string(p), "\n") {
		if l != "" {
			*t.lines = append(*t.lines, t.prefix+strings.TrimSuffix(l, "\n"))
		}
	}
	return len(p), nil
}

// greeting reads one line, then reports the end of its part.
type greeting struct{ done bool }

func (g *greeting) Read(p []byte) (int, error) {
	if g.done {
		return 0, io.EOF
	}
	g.done = true
	return copy(p, "HELLO socklab\n"), nil
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ln.Close()
	counter := &byteCounter{}
	var lines []string
	done := make(chan struct{})
	go func() {
		defer close(done)
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		tee := io.TeeReader(c, io.MultiWriter(counter, transcript{"> ", &lines}))
		io.Copy(c, tee)
	}()

	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	body := strings.NewReader("line one\nline two\n")
	if _, err := io.Copy(c, io.MultiReader(&greeting{}, body)); err != nil {
		fmt.Println(err)
	}
	c.(*net.TCPConn).CloseWrite()
	sc := bufio.NewScanner(c)
	for sc.Scan() {
		fmt.Println("echo:", sc.Text())
	}
	c.Close()
	<-done
	fmt.Println(counter.n, "bytes")
	fmt.Println(strings.Join(lines, "\n"))
}

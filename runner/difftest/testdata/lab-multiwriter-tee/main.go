// difftest: same
package main

// Keeping a transcript of a session: what the client sends goes both to
// the connection and to a transcript (io.MultiWriter), what it receives is
// copied to the transcript too (io.TeeReader); the transcript is a writer
// of the program's own that numbers lines.

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"strings"
)

type numbered struct {
	buf  bytes.Buffer
	line int
	who  string
}

func (n *numbered) Write(p []byte) (int, error) {
	for _, l := range strings.SplitAfter(string(p), "\n") {
		if l == "" {
			continue
		}
		n.line++
		fmt.Fprintf(&n.buf, "%02d %s %s", n.line, n.who, l)
	}
	return len(p), nil
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		sc := bufio.NewScanner(c)
		for sc.Scan() {
			fmt.Fprintf(c, "you said %d words\n", len(strings.Fields(sc.Text())))
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	sent := &numbered{who: ">"}
	got := &numbered{who: "<"}
	out := io.MultiWriter(c, sent)
	in := bufio.NewReader(io.TeeReader(c, got))
	for _, line := range []string{"hello there", "one two three four", ""} {
		fmt.Fprintln(out, line)
		reply, _ := in.ReadString('\n')
		fmt.Print("reply: ", reply)
	}
	c.Close()
	fmt.Print(sent.buf.String(), got.buf.String())
	fmt.Println(sent.line, got.line)
}

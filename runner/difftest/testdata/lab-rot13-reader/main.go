// difftest: same
package main

// A reader of one's own over a connection: rot13Reader wraps an io.Reader
// and decodes as it reads, so io.Copy from it to standard output prints
// the plain text. The server sends a rot13 text; a countingWriter of the
// program's own wraps standard output.

import (
	"fmt"
	"io"
	"net"
	"os"
	"strings"
)

type rot13Reader struct {
	r io.Reader
}

func (rr rot13Reader) Read(p []byte) (int, error) {
	n, err := rr.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

type countingWriter struct {
	w     io.Writer
	bytes int
	lines int
}

func (cw *countingWriter) Write(p []byte) (int, error) {
	cw.bytes += len(p)
	cw.lines += strings.Count(string(p), "\n")
	return cw.w.Write(p)
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
		io.WriteString(c, "Lbh penpxrq gur pbqr!\nTb vf sha.\n")
		c.Close()
	}()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer conn.Close()
	out := &countingWriter{w: os.Stdout}
	n, err := io.Copy(out, rot13Reader{conn})
	fmt.Println(n, err, out.bytes, out.lines)
	var r io.Reader = rot13Reader{strings.NewReader("Uryyb")}
	b, _ := io.ReadAll(io.LimitReader(r, 4))
	fmt.Printf("%s\n", b)
}

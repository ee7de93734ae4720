// difftest: same
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type countingWriter struct {
	*bytes.Buffer
	writes int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.writes++
	return c.Buffer.Write(p)
}

type upperWriter struct {
	w io.Writer
}

func (u *upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func (u *upperWriter) WriteString(s string) (int, error) {
	n, err := io.WriteString(u.w, "<"+strings.ToUpper(s)+">")
	return n - 2, err
}

func main() {
	cw := &countingWriter{Buffer: &bytes.Buffer{}}
	io.WriteString(cw, "abc")
	fmt.Fprint(cw, "def")
	fmt.Println(cw.writes, cw.String())
	uw := &upperWriter{os.Stdout}
	io.WriteString(uw, "hello\n")
	bw := bufio.NewWriterSize(uw, 16)
	bw.WriteString("a long string that exceeds the buffer\n")
	bw.Flush()
	var w io.Writer = uw
	io.WriteString(w, "as writer\n")
	fmt.Fprintf(w, "fprintf %d\n", 1)
	io.Copy(w, strings.NewReader("copied\n"))
}

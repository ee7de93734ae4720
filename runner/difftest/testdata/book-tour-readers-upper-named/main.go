// difftest: same
package main

// A Tour of Go, Exercise: Readers, written as socklab asks: the wrapped
// reader and writer in named fields, or beside a second field, so that
// io.Copy and fmt.Fprintln call the wrapper's own Read and Write.

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type upperReader struct{ r io.Reader }

func (u *upperReader) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

type shout struct {
	io.Writer
	n int
}

func (s *shout) Write(p []byte) (int, error) {
	s.n += len(p)
	return s.Writer.Write(bytes.ToUpper(p))
}

func main() {
	r := &upperReader{strings.NewReader("quiet words\n")}
	io.Copy(os.Stdout, r)
	w := &shout{Writer: os.Stdout}
	fmt.Fprintln(w, "hello, reader")
	var iw io.Writer = w
	io.WriteString(iw, "again\n")
	fmt.Println(w.n)
}

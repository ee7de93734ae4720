// difftest: refused a pointer to a struct whose only field embeds io.Reader or io.Writer and whose own Read or Write shadows it, stored as the interface: the interpreter calls the embedded field's method
package main

// A Tour of Go, Exercise: Readers, as students extend it: an upperReader
// that embeds the io.Reader it wraps and a shouting writer that embeds an
// io.Writer, each with its own method, handed to io.Copy and fmt.Fprintln.

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type upperReader struct{ io.Reader }

func (u *upperReader) Read(p []byte) (int, error) {
	n, err := u.Reader.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

type shout struct{ io.Writer }

func (s *shout) Write(p []byte) (int, error) { return s.Writer.Write(bytes.ToUpper(p)) }

func main() {
	r := &upperReader{strings.NewReader("quiet words\n")}
	io.Copy(os.Stdout, r)
	w := &shout{os.Stdout}
	fmt.Fprintln(w, "hello, reader")
}

// difftest: refused a struct without a name that embeds io.Reader before io.Writer, stored as an io.ReadWriter: the interpreter calls its methods on the last field
package main

// Joining a reader and a writer into one io.ReadWriter with a struct
// literal that embeds both, as code that wraps a connection does; then
// a reader and a closer into an io.ReadCloser.

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

type Reader interface {
	Read(p []byte) (n int, err error)
}

type Writer interface {
	Write(p []byte) (n int, err error)
}

type ReadWriter interface {
	Reader
	Writer
}

func echo(rw io.ReadWriter) error {
	sc := bufio.NewScanner(rw)
	for sc.Scan() {
		if _, err := fmt.Fprintf(rw, "echo: %s\n", sc.Text()); err != nil {
			return err
		}
	}
	return sc.Err()
}

func main() {
	rw := struct {
		io.Reader
		io.Writer
	}{strings.NewReader("one\ntwo\n"), os.Stdout}
	fmt.Println(echo(rw))

	var mine ReadWriter = struct {
		io.Reader
		io.Writer
	}{strings.NewReader("abc"), os.Stdout}
	b := make([]byte, 2)
	n, err := mine.Read(b)
	fmt.Println(n, err, string(b[:n]))

	rc := io.ReadCloser(struct {
		io.Reader
		io.Closer
	}{strings.NewReader("body"), io.NopCloser(nil)})
	data, err := io.ReadAll(rc)
	fmt.Printf("%q %v\n", data, err)
}

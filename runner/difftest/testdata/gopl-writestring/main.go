// difftest: same
package main

// The type assertions of chapter 7 of The Go Programming Language:
// writeString asks its io.Writer whether it also has WriteString (an
// interface declared inside the function) and saves the conversion to
// []byte where it does; w.(*os.File) and w.(*bytes.Buffer) on the same
// writer; the errors of a failed os.Mkdir tested with os.IsExist and
// os.IsNotExist; a comma-ok assertion that leaves the zero value.

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// writeString writes s to w.
// If w has a WriteString method, it is invoked instead of w.Write.
func writeString(w io.Writer, s string) (n int, err error) {
	type stringWriter interface {
		WriteString(string) (n int, err error)
	}
	if sw, ok := w.(stringWriter); ok {
		fmt.Print("[WriteString] ")
		return sw.WriteString(s) // avoid a copy
	}
	fmt.Print("[Write] ")
	return w.Write([]byte(s)) // allocate temporary copy
}

type onlyWrite struct{ w io.Writer }

func (o onlyWrite) Write(p []byte) (int, error) { return o.w.Write(p) }

func main() {
	var buf bytes.Buffer
	var sb strings.Builder
	bw := bufio.NewWriter(os.Stdout)
	names := []string{"*bytes.Buffer", "*strings.Builder", "os.Stdout", "io.Discard", "onlyWrite"}
	for i, w := range []io.Writer{&buf, &sb, os.Stdout, io.Discard, onlyWrite{&buf}} {
		fmt.Print(names[i], " ")
		n, err := writeString(w, "hello\n")
		fmt.Println(n, err)
	}
	writeString(bw, "buffered\n")
	bw.Flush()
	fmt.Printf("%q %q\n", buf.String(), sb.String())

	var w io.Writer = os.Stdout
	f, ok := w.(*os.File)       // success:  ok, f == os.Stdout
	b, ok2 := w.(*bytes.Buffer) // failure: !ok, b == nil
	fmt.Println(ok, f == os.Stdout, ok2, b == nil)
	rw := w.(io.ReadWriter) // success: *os.File has both Read and Write
	fmt.Printf("%T\n", rw)

	os.RemoveAll("made")
	defer os.RemoveAll("made")
	fmt.Println(os.Mkdir("made", 0o755))
	err := os.Mkdir("made", 0o755)
	fmt.Println(err, os.IsExist(err), os.IsNotExist(err), errors.Is(err, os.ErrExist))
	_, err = os.Open("made/nothing")
	fmt.Println(err, os.IsExist(err), os.IsNotExist(err))
}

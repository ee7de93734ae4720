// difftest: same
package main

// The io package's examples joined: an io.Pipe closed with an error, a
// MultiWriter into a hash, a counting writer and a buffer, TeeReader,
// LimitReader, SectionReader, MultiReader and a write to a closed pipe.

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type countingWriter struct {
	n     int
	lines int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.lines += bytes.Count(p, []byte{'\n'})
	return len(p), nil
}

var ErrTooBig = errors.New("payload too big")

func main() {
	pr, pw := io.Pipe()
	go func() {
		w := bufio.NewWriter(pw)
		for i := range 5 {
			fmt.Fprintf(w, "line %d\n", i)
		}
		w.Flush()
		pw.CloseWithError(ErrTooBig)
	}()
	h := sha256.New()
	cw := &countingWriter{}
	var buf bytes.Buffer
	mw := io.MultiWriter(h, cw, &buf)
	n, err := io.Copy(mw, pr)
	fmt.Println(n, err, errors.Is(err, ErrTooBig), cw.lines, cw.n)
	fmt.Printf("%x\n", h.Sum(nil)[:8])
	tr := io.TeeReader(strings.NewReader("tee me"), os.Stdout)
	b, _ := io.ReadAll(tr)
	fmt.Println("|", len(b))
	lr := io.LimitReader(&buf, 10)
	b, _ = io.ReadAll(lr)
	fmt.Printf("%q %d\n", b, buf.Len())
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	b2 := make([]byte, 3)
	k, err := sr.ReadAt(b2, 3)
	fmt.Println(k, err, string(b2[:k]), sr.Size())
	r := io.MultiReader(strings.NewReader("ab"), strings.NewReader("cd"))
	all, _ := io.ReadAll(r)
	fmt.Println(string(all))
	pr2, pw2 := io.Pipe()
	pr2.Close()
	_, err = pw2.Write([]byte("x"))
	fmt.Println(err, err == io.ErrClosedPipe)
	fmt.Printf("%T %v\n", cw, *cw)
}

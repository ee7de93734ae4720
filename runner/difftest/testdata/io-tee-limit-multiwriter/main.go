// difftest: same

package main

// io's combinators: a TeeReader into standard output under a LimitReader,
// copied into a MultiWriter of a buffer, a counter of the program's own
// and a hash; MultiReader, CopyN and ReadFull's short read.

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"strings"
)

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

func main() {
	var buf bytes.Buffer
	c := &counter{}
	h := sha256.New()
	w := io.MultiWriter(&buf, c, h)
	r := io.TeeReader(strings.NewReader("hello, tee reader\n"), os.Stdout)
	n, err := io.Copy(w, io.LimitReader(r, 10))
	fmt.Println()
	fmt.Println(n, err, c.n, buf.String())
	fmt.Printf("%x\n", h.Sum(nil)[:4])
	mr := io.MultiReader(strings.NewReader("a"), strings.NewReader("bc"), bytes.NewReader([]byte("d")))
	all, _ := io.ReadAll(mr)
	fmt.Printf("%q\n", all)
	var sb strings.Builder
	n2, _ := io.CopyN(&sb, strings.NewReader("0123456789"), 4)
	fmt.Println(n2, sb.String(), sb.Len())
	_, err = io.ReadFull(strings.NewReader("ab"), make([]byte, 4))
	fmt.Println(err, err == io.ErrUnexpectedEOF)
}

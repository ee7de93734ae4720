// difftest: same
package main

// The Go Programming Language, exercises 7.4 and 7.5: NewReader, a
// string reader of one's own, and LimitReader, which reports io.EOF after
// n bytes; both read by io.ReadAll and by a loop of small reads.

import (
	"fmt"
	"io"
	"strings"
)

type stringReader struct {
	s string
	i int
}

func (r *stringReader) Read(p []byte) (n int, err error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n = copy(p, r.s[r.i:])
	r.i += n
	return n, nil
}

func NewReader(s string) io.Reader { return &stringReader{s: s} }

type limitReader struct {
	r io.Reader
	n int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

func LimitReader(r io.Reader, n int64) io.Reader { return &limitReader{r, n} }

func main() {
	b, err := io.ReadAll(NewReader("hello, reader"))
	fmt.Printf("%q %v\n", b, err)
	b, err = io.ReadAll(LimitReader(NewReader("hello, reader"), 5))
	fmt.Printf("%q %v\n", b, err)
	b, err = io.ReadAll(LimitReader(strings.NewReader("short"), 50))
	fmt.Printf("%q %v\n", b, err)

	r := LimitReader(NewReader("abcdefghij"), 7)
	buf := make([]byte, 3)
	for {
		n, err := r.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	lib := io.LimitReader(strings.NewReader("abcdefghij"), 7)
	b, _ = io.ReadAll(lib)
	fmt.Println(string(b))
}

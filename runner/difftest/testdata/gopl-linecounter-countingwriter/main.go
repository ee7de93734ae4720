// difftest: same

// The Go Programming Language, 7.1 and its exercises: ByteCounter,
// WordCounter and LineCounter as io.Writers, and CountingWriter wrapping
// a bytes.Buffer, written to with fmt.Fprintf, io.Copy and MultiWriter.
package main

// gopl 7.1: ByteCounter, WordCounter and LineCounter implementing
// io.Writer, used with fmt.Fprintf.

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

type ByteCounter int

func (c *ByteCounter) Write(p []byte) (int, error) {
	*c += ByteCounter(len(p))
	return len(p), nil
}

type WordCounter int

func (c *WordCounter) Write(p []byte) (int, error) {
	sc := bufio.NewScanner(bytes.NewReader(p))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		*c++
	}
	return len(p), sc.Err()
}

type LineCounter struct {
	lines   int
	partial bool
}

func (c *LineCounter) Write(p []byte) (int, error) {
	for _, b := range p {
		if b == '\n' {
			c.lines++
			c.partial = false
		} else {
			c.partial = true
		}
	}
	return len(p), nil
}

func (c *LineCounter) Count() int {
	if c.partial {
		return c.lines + 1
	}
	return c.lines
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (cw *countingWriter) Write(p []byte) (int, error) {
	n, err := cw.w.Write(p)
	cw.n += int64(n)
	return n, err
}

func CountingWriter(w io.Writer) (io.Writer, *int64) {
	cw := &countingWriter{w: w}
	return cw, &cw.n
}

func main() {
	var c ByteCounter
	c.Write([]byte("hello"))
	fmt.Println(c)
	c = 0
	var name = "Dolly"
	fmt.Fprintf(&c, "hello, %s", name)
	fmt.Println(c)

	var wc WordCounter
	fmt.Fprintf(&wc, "the quick  brown\tfox\njumps")
	fmt.Println(wc)

	var lc LineCounter
	fmt.Fprint(&lc, "one\ntwo\nthree")
	fmt.Println(lc.Count(), lc.lines)
	io.Copy(&lc, strings.NewReader("four\n"))
	fmt.Println(lc.Count())

	var buf bytes.Buffer
	w, n := CountingWriter(&buf)
	fmt.Fprintf(w, "%d-%s;", 42, "x")
	fmt.Fprintln(w, "done")
	fmt.Println(*n, buf.Len(), buf.String() == "42-x;done\n")

	var ws []io.Writer = []io.Writer{&c, &wc, &lc}
	for _, wr := range ws {
		fmt.Fprintf(wr, "a b c\n")
	}
	fmt.Println(c, wc, lc.Count())
	mw := io.MultiWriter(&c, &wc)
	fmt.Fprint(mw, "x y")
	fmt.Println(c, wc)
}

// difftest: same
package main

// The Go Programming Language, 7.1 and its exercises: ByteCounter,
// WordCounter and LineCounter satisfy io.Writer, so fmt.Fprintf writes to
// them; CountingWriter wraps another writer and counts through a pointer.

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
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
	return len(p), nil
}

type LineCounter struct{ lines int }

func (c *LineCounter) Write(p []byte) (int, error) {
	c.lines += bytes.Count(p, []byte("\n"))
	return len(p), nil
}

type countingWriter struct {
	w     io.Writer
	count int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.count += int64(n)
	return n, err
}

func CountingWriter(w io.Writer) (io.Writer, *int64) {
	cw := &countingWriter{w: w}
	return cw, &cw.count
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
	fmt.Fprintf(&wc, "the quick brown fox\njumps over\tthe lazy dog")
	var lc LineCounter
	fmt.Fprintf(&lc, "one\ntwo\nthree\n")
	fmt.Println(wc, lc.lines)

	w, n := CountingWriter(os.Stdout)
	fmt.Fprintln(w, "counted line")
	fmt.Fprintf(w, "%d and %s\n", 42, "more")
	fmt.Println(*n)
}

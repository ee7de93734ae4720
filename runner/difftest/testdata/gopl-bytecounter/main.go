// difftest: same
package main

// The Go Programming Language, 7.1: types that satisfy io.Writer count
// what fmt.Fprintf writes to them.

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
	return len(p), sc.Err()
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

// CountingWriter returns a Writer that wraps w and a pointer to the
// number of bytes written through it.
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

	var w WordCounter
	fmt.Fprintf(&w, "the quick brown fox\njumps over the lazy dog\n")
	fmt.Println("words:", w)

	cw, n := CountingWriter(os.Stdout)
	fmt.Fprintln(cw, "through the counting writer")
	fmt.Fprintf(cw, "%d-%d\n", 1, 2)
	fmt.Println("counted:", *n)

	var sink io.Writer = &c
	_, isCounter := sink.(*ByteCounter)
	_, isStringer := sink.(fmt.Stringer)
	fmt.Println(isCounter, isStringer)
}

// difftest: same
package main

// Learn Go with Tests, Dependency Injection: Greet writes to any
// io.Writer, a bytes.Buffer in the test and standard output in main, and
// a handler of its own that writes to a strings.Builder.

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func Greet(writer io.Writer, name string) {
	fmt.Fprintf(writer, "Hello, %s", name)
}

type countingWriter struct {
	w     io.Writer
	calls int
	bytes int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.calls++
	n, err := c.w.Write(p)
	c.bytes += n
	return n, err
}

func main() {
	buffer := bytes.Buffer{}
	Greet(&buffer, "Chris")
	got := buffer.String()
	want := "Hello, Chris"
	if got != want {
		fmt.Printf("got %q want %q\n", got, want)
	} else {
		fmt.Println("test passed:", got)
	}

	Greet(os.Stdout, "Elodie")
	fmt.Println()

	var sb strings.Builder
	cw := &countingWriter{w: &sb}
	Greet(cw, "world")
	Greet(cw, "again")
	fmt.Println(sb.String(), cw.calls, cw.bytes)

	mw := io.MultiWriter(os.Stdout, &buffer)
	Greet(mw, "both")
	fmt.Println()
	fmt.Println(buffer.Len(), buffer.String())
}

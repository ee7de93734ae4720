// difftest: same
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

type sink struct{ n int }

func (s *sink) Write(p []byte) (int, error) {
	s.n += len(p)
	return len(p), nil
}

func (s *sink) ReadFrom(name string) { fmt.Println("load", name) }

func main() {
	s := &sink{}
	io.Copy(s, strings.NewReader("hello world"))
	w := bufio.NewWriter(s)
	fmt.Fprintf(w, "%d more", 12)
	w.Flush()
	io.WriteString(s, "abc")
	s.ReadFrom("cfg")
	fmt.Println(s.n)
}

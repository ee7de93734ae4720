// difftest: same

// A generic io.Writer that wraps another writer, instantiated with
// *os.File and with a counter of the program's, used with fmt.Fprintf.
package main

import (
	"fmt"
	"os"
	"strings"
)

type Writer interface {
	Write(p []byte) (int, error)
}

type Upper[W Writer] struct{ w W }

func (u Upper[W]) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

type Counter struct{ n int }

func (c *Counter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

func main() {
	out := Upper[*os.File]{os.Stdout}
	fmt.Fprintf(out, "shout %v and %s\n", []int{1, 2}, "this")
	c := &Counter{}
	fmt.Fprintln(Upper[*Counter]{c}, "counted")
	fmt.Println(c.n)
}

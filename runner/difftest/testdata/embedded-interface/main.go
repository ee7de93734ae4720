// difftest: same
package main

import (
	"fmt"
	"io"
	"strings"
)

type countingReader struct {
	io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.Reader.Read(p)
	c.n += n
	return n, err
}

type Greeter interface {
	Hello() string
	Bye() string
}

type base struct{}

func (base) Hello() string { return "hello" }
func (base) Bye() string   { return "bye" }

type polite struct{ Greeter }

func (polite) Bye() string { return "goodbye" }

func main() {
	cr := &countingReader{Reader: strings.NewReader("some text to count")}
	data, _ := io.ReadAll(cr)
	fmt.Println(len(data), cr.n)
	var g Greeter = polite{base{}}
	fmt.Println(g.Hello(), g.Bye())
}

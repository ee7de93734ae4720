// difftest: same

// Conversions of nil pointers, of a pointer to a struct of the program
// and of a *bytes.Buffer, to interfaces, compared with nil where they are
// written, returned, assigned and kept in a slice: never nil under Go.
package main

import (
	"bytes"
	"fmt"
	"io"
)

type T struct{}

func ret() any {
	var p *int
	return p
}

func main() {
	var p *int
	fmt.Println(any(p) == nil)
	fmt.Println(ret() == nil)
	var q *T
	fmt.Println(any(q) == nil, interface{}(q) != nil)
	var b *bytes.Buffer
	var w io.Writer = b
	fmt.Println(w == nil, io.Writer(b) == nil)
	x := any(p)
	fmt.Println(x == nil)
	s := []any{p, nil}
	fmt.Println(s[0] == nil, s[1] == nil)
}

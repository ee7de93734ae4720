// difftest: same
package main

// A type declared on []byte, spread into variadic functions of the
// program and of Go's library, and compared as two interfaces, whose
// panic names it as Go does.

import (
	"bytes"
	"fmt"
)

// Frame is one message on the wire.
type Frame []byte

func checksum(b ...byte) int {
	n := 0
	for _, c := range b {
		n += int(c)
	}
	return n
}

func main() {
	f := Frame("hi!")
	fmt.Println(checksum(f...), checksum(f[1:]...))
	sum := func(b ...byte) int { return len(b) }
	fmt.Println(sum(f...))
	out := append([]byte("> "), f...)
	out = append(out, f...)
	fmt.Println(string(out), bytes.Equal(append(Frame(nil), f...), f))

	defer func() { fmt.Println("recovered:", recover()) }()
	var a, b any = f, Frame("hi!")
	fmt.Println(a == b)
}

// difftest: refused a function returning a []byte converted from a string, whose caller appends to it twice: go build inlines the function and keeps the slice on the caller's stack (cap 32), where the interpreter rounds it up (cap 16)
package main

// A protocol function frames a message with a newline; the caller appends a
// trailer and then edits the frame, which changed the trailer too where
// the two shared an array.

import "fmt"

func frame(s string) []byte {
	b := []byte(s)
	return append(b, '\n')
}

func main() {
	f := frame("hello world")
	g := append(f, "abcdef"...)
	f[0] = 'H'
	fmt.Println(string(g), len(f))
}

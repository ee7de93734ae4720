// difftest: same
package main

// A deferred call's arguments are evaluated at the defer statement: a
// value read through a pointer (*p, t.n), an element of a slice or of an
// array a pointer points to, and an error field through a pointer keep
// the value they had there, though another name changes the memory
// before the function returns.

import (
	"errors"
	"fmt"
)

type Conn struct {
	name string
	sent int
	err  error
}

func (c *Conn) Send() { c.sent++ }

func main() {
	x := 1
	p := &x
	defer fmt.Println("x was", *p)
	c := &Conn{name: "a", err: errors.New("none yet")}
	defer fmt.Printf("%s sent %d, err %v\n", c.name, c.sent, c.err)
	buf := []byte("hi")
	defer fmt.Println("first byte", string(buf[0]))
	arr := &[3]int{1, 2, 3}
	defer fmt.Println("arr[2]", arr[2], *arr)
	alias := buf
	alias[0] = 'H'
	arr[2] = 30
	c.Send()
	c.name = "b"
	c.err = errors.New("closed")
	x = 42
	fmt.Println("returning", x, c.sent, string(buf))
}

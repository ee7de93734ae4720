// difftest: same
package main

import (
	"fmt"
	"strings"
)

var x = 1

// f changes x, which the entries before its call read.
func f() int { x = 10; return 2 }

type point struct{ X, Y int }

type counter struct{ n int }

func (c *counter) next() int { c.n++; return c.n }

type table map[string]int

func main() {
	x = 1
	fmt.Println(map[string]int{"a": x, "b": f()})
	x = 1
	fmt.Println(map[int]string{x: "a", f(): "b"})
	x = 1
	fmt.Println([]int{x, f()}, [2]int{x, f()}, point{x, f()})
	x = 1
	fmt.Println(map[string][]int{"a": {x, f()}})

	// A value that receives from a channel.
	ch := make(chan int, 2)
	ch <- 7
	ch <- 8
	queued := len(ch)
	fmt.Println(map[string]int{"queued": queued, "msg": <-ch, "left": len(ch)})

	// A method call, several calls, entries on lines of their own.
	c := &counter{}
	n := c.n
	got := map[string]int{
		"n":     n, // read before next runs
		"first": c.next(),
		"count": c.n,
		"again": c.next(),
	}
	fmt.Println(got)

	// A key that calls, composite keys and pointer values with their types elided.
	x = 1
	fmt.Println(map[point]string{{x, x}: "p", {f(), x}: "q"})
	x = 1
	ps := map[string]*point{"a": {x, 0}, "b": {f(), x}}
	fmt.Println(*ps["a"], *ps["b"])

	// A named map type, and a literal of a literal.
	x = 1
	fmt.Println(table{"a": x, "b": f()})
	x = 1
	fmt.Println(map[string]map[string]int{"outer": map[string]int{"a": x, "b": f()}, "x": {"x": x}})

	// Literals that cannot differ keep their order.
	var b strings.Builder
	fmt.Println(map[string]int{"a": 1, "b": f(), "c": x})
	fmt.Println(map[string]func() int{"f": f, "len": func() int { return b.Len() }}["len"]())
}

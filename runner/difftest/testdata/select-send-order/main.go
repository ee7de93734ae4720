// difftest: same
// A relay sends computed values from select cases: Go evaluates every
// channel operand and sent value once, in source order, on entering the
// select; the interpreter computed a value of several steps from
// operands it never computed (pass selectsend hoists them).
package main

import (
	"fmt"
	"strings"
)

var x = 1

func id(n int) int { fmt.Println("id", n); return n }

type P struct{ q struct{ f int } }

func ch(c chan any, name string) chan any { fmt.Println("chan", name); return c }

func main() {
	c, p, s := make(chan any, 9), &P{}, []int{1, 2}
	p.q.f = 7
	var never chan any // nil: never ready
	var out chan int64 = make(chan int64, 4)
	n := uint(3)
	for i := 0; i < 2; i++ {
	L:
		select {
		case ch(never, "a") <- x*2 + 1:
		case ch(c, "b") <- id(x + i):
			break L
		case <-ch(never, "c"):
		}
	}
	select {
	case out <- 1 << n:
	case never <- id(5):
	}
	select {
	case c <- (x + 1):
	}
	select {
	case c <- p.q.f:
	}
	select {
	case c <- fmt.Sprint(s[0]) + "!":
	}
	select {
	case c <- strings.ToUpper("hi") + "!":
	default:
	}
	close(c)
	for v := range c {
		fmt.Println(v)
	}
	close(out)
	for v := range out {
		fmt.Println("out", v)
	}
}

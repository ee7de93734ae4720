// difftest: same
package main

// make of a channel type of one direction is valid Go: a send-only
// channel with a buffer to count into, a receive-only one that stays
// empty, and a named send-only type, printed with %T.

import "fmt"

type Sink chan<- string

func fill(out chan<- int, n int) {
	for i := range n {
		out <- i
	}
}

func main() {
	c := make(chan<- int, 3)
	fill(c, 3)
	fmt.Printf("%T %d %d\n", c, len(c), cap(c))
	var r <-chan string = make(<-chan string)
	select {
	case v := <-r:
		fmt.Println("got", v)
	default:
		fmt.Printf("%T empty %v\n", r, r == nil)
	}
	s := make(Sink, 1)
	s <- "hello"
	fmt.Printf("%T %d\n", s, len(s))
	both := make(chan int, 2)
	fill(both, 2)
	fmt.Println(<-both, <-both)
}

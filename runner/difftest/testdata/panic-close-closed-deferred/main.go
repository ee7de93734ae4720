// difftest: same
// stderr: panic
package main

// Closing a channel twice panics "close of closed channel" after the
// deferred calls of every frame have run in order; receive from the closed
// channel, its len and cap, and a comma-ok receive print first.

import "fmt"

type stage struct {
	name string
	out  chan int
}

func (s *stage) shutdown() {
	defer fmt.Println("shutdown of", s.name, "ends")
	close(s.out)
}

func drain(s *stage) {
	defer fmt.Println("drain deferred")
	for v := range s.out {
		fmt.Println("drained", v)
	}
	v, ok := <-s.out
	fmt.Println("after close:", v, ok, len(s.out), cap(s.out))
	s.shutdown()
}

func main() {
	s := &stage{name: "squares", out: make(chan int, 3)}
	s.out <- 1
	s.out <- 4
	fmt.Println("len", len(s.out), "cap", cap(s.out))
	defer fmt.Println("main deferred")
	s.shutdown()
	drain(s)
	fmt.Println("not reached")
}

// difftest: same
package main

// A ring buffer's loops, cases and conditions that compare a field read
// through a pointer with the length or capacity of another (r.count <
// len(r.buf)), which gc makes first: both fail only on a nil pointer, and
// alike, so socklab runs them as written where it cannot move the length.

import (
	"fmt"
	"sync"
)

type RB struct {
	mu         sync.Mutex
	cond       *sync.Cond
	buf        []int
	head, tail int
	count      int
	ch         chan int
	names      []string
}

func (r *RB) size() int { return r.count }

func main() {
	r := &RB{buf: make([]int, 4), ch: make(chan int, 2), names: []string{"a", "b"}}
	r.cond = sync.NewCond(&r.mu)
	for r.count < len(r.buf) {
		r.buf[r.tail] = r.count * 10
		r.tail = (r.tail + 1) % len(r.buf)
		r.count++
	}
	for i := 0; i < len(r.buf); i++ {
		fmt.Print(r.buf[i], " ")
	}
	fmt.Println()
	for len(r.ch) < cap(r.ch) {
		r.ch <- 1
	}
	for i := r.head; i != r.tail+len(r.buf); i++ {
		fmt.Print(r.buf[i%len(r.buf)], ",")
	}
	fmt.Println()
	n := 0
	for r.size() > 0 && n < len(r.names) {
		n++
	}
	for j := 0; j < len(r.names) && r.names[j] != "b"; j++ {
		fmt.Println("name", r.names[j])
	}
	switch {
	case r.count == len(r.buf):
		fmt.Println("full")
	}
	if x := r.count; x == len(r.buf) {
		fmt.Println("full again", n)
	}
}

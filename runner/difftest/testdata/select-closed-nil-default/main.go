// difftest: same
package main

// Closed-channel and nil-channel semantics in select: a closed channel is
// always ready (zero value, ok false), a nil channel never is (the
// classic merge that disables an input), default when nothing is ready,
// time.After ending a merge whose other input stays open, len and cap of buffered,
// closed and nil channels.

import (
	"fmt"
	"time"
)

func merge(a, b <-chan int) []int {
	var out []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				out = append(out, -1)
				continue
			}
			out = append(out, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				out = append(out, -2)
				continue
			}
			out = append(out, v*100)
		case <-time.After(50 * time.Millisecond):
			out = append(out, 0)
			return out
		}
	}
	return out
}

func main() {
	a := make(chan int, 3)
	b := make(chan int, 3)
	a <- 1
	a <- 2
	close(a)
	fmt.Println("len/cap of closed a:", len(a), cap(a))
	var sumA, sumB int
	for _, v := range merge(a, b) {
		sumA += v
		break
	}
	close(b)
	got := merge(a, b)
	for _, v := range got {
		if v < 0 {
			sumB += v
		}
	}
	fmt.Println(len(got), sumA, sumB)

	var nilc chan string
	fmt.Println("nil chan len/cap:", len(nilc), cap(nilc), nilc == nil)
	select {
	case s := <-nilc:
		fmt.Println("impossible", s)
	case nilc <- "x":
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channels are never ready")
	}

	done := make(chan struct{})
	close(done)
	for i := range 3 {
		select {
		case _, ok := <-done:
			fmt.Println("closed ready", i, ok)
		default:
			fmt.Println("default", i)
		}
	}
	unbuf := make(chan int)
	select {
	case unbuf <- 1:
		fmt.Println("sent with no receiver?")
	default:
		fmt.Println("send would block, cap", cap(unbuf))
	}
	timeout := time.After(500 * time.Millisecond)
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	n := 0
	for n < 3 {
		select {
		case <-tick.C:
			n++
		case <-timeout:
			fmt.Println("timeout first")
			n = 99
		}
	}
	fmt.Println("ticks counted:", n)
	v, ok := <-a
	fmt.Printf("%d %t %T\n", v, ok, done)
}

// difftest: same

package main

import (
	"fmt"
	"time"
)

var calls int

func ready(v int) chan int {
	calls++
	c := make(chan int, 1)
	c <- v
	return c
}

type src struct{ chans []chan int }

func (s *src) at(i int) chan int { return s.chans[i] }

func main() {
	select {
	case v := <-ready(1):
		fmt.Println("single", v)
	}
	select {
	case <-ready(2):
		fmt.Println("bare")
	}
	select {
	case v, ok := <-ready(3):
		fmt.Println("ok form", v, ok)
	}
	s := &src{[]chan int{make(chan int, 1), make(chan int, 1)}}
	s.chans[1] <- 9
	select {
	case v := <-s.at(0):
		fmt.Println("wrong", v)
	case v, ok := <-s.at(1):
		fmt.Println("at(1)", v, ok)
	}
	s.chans[0] <- 5
	i := 0
	select {
	case s.chans[i+1] <- <-s.chans[i]:
		fmt.Println("moved", <-s.chans[1])
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
	fmt.Println("calls", calls)
}

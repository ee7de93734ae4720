// difftest: same

package main

import (
	"fmt"
	"sort"
)

type Merger struct {
	a, b <-chan int
	out  chan int
}

func (m *Merger) run() {
	defer close(m.out)
	for m.a != nil || m.b != nil {
		select {
		case v, ok := <-m.a:
			if !ok {
				m.a = nil
				continue
			}
			m.out <- v
		case v, ok := <-m.b:
			if !ok {
				m.b = nil
				continue
			}
			m.out <- v * 10
		}
	}
}

func gen(n int) <-chan int {
	c := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			c <- i
		}
		close(c)
	}()
	return c
}

func merge(a, b <-chan int) []int {
	var got []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				break
			}
			got = append(got, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				break
			}
			got = append(got, -v)
		}
	}
	return got
}

func main() {
	m := &Merger{a: gen(3), b: gen(2), out: make(chan int)}
	go m.run()
	var all []int
	for v := range m.out {
		all = append(all, v)
	}
	sort.Ints(all)
	fmt.Println(all)
	got := merge(gen(2), gen(3))
	sort.Ints(got)
	fmt.Println(got)
	var nilc chan int
	select {
	case v := <-nilc:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
	state := struct{ in chan string }{make(chan string, 1)}
	state.in <- "x"
	close(state.in)
	for i := 0; i < 3; i++ {
		select {
		case s, ok := <-state.in:
			fmt.Printf("%q %v\n", s, ok)
		}
	}
}

// difftest: same
package main

// Select cases that receive into an element, a map entry with ok, a field
// and a dereferenced pointer.

import "fmt"

type S struct{ v int }

func main() {
	ch := make(chan int, 4)
	for i := 1; i <= 4; i++ {
		ch <- i * 10
	}
	arr := make([]int, 3)
	m := map[string]int{}
	var s S
	p := new(int)
	var ok bool
	i := 0
	select {
	case arr[i] = <-ch:
	}
	select {
	case m["k"], ok = <-ch:
	}
	select {
	case s.v = <-ch:
	}
	select {
	case *p = <-ch:
	}
	fmt.Println(arr, m, ok, s, *p)
	close(ch)
	select {
	case m["z"], ok = <-ch:
	}
	fmt.Println(m, ok)
}

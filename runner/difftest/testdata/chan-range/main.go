// difftest: same
package main

import (
	"fmt"
	"sort"
)

var global = []chan int{make(chan int, 1)}

func fill(n int) chan int {
	c := make(chan int, 1)
	c <- n
	return c
}

func sum(cs ...chan int) int {
	total := 0
	for _, c := range cs {
		total += <-c
	}
	return total
}

func main() {
	fmt.Println(sum(fill(1), fill(2), fill(3)))
	byName := map[string]chan int{"a": fill(10), "b": fill(20)}
	var got []string
	for name, c := range byName {
		got = append(got, fmt.Sprint(name, <-c))
	}
	sort.Strings(got)
	fmt.Println(got)
	arr := [2]chan int{fill(4), fill(5)}
	var fs []func() int
	for i, c := range arr {
		fs = append(fs, func() int { return i*100 + <-c })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	cs := []chan int{fill(6), fill(7)}
	for i, c := range cs {
		cs = append(cs, fill(i))
		fmt.Println(i, <-c, len(cs))
	}
	global[0] <- 8
	for _, c := range global {
		fmt.Println(<-c)
	}
	var c chan int
	var i int
	first := []chan int{fill(9)}
	for i, c = range first {
		fmt.Println(i, <-c)
	}
}

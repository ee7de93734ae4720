// difftest: same
package main

// go statements that call a method on an element of a slice, an array or
// a map indexed by a loop variable or changed right after (go ws[i].run(),
// go vals[i].show()), and a function value taken from a slice (go
// fns[i]()): Go evaluates the element where the statement stands, and
// each goroutine runs on its own.

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type W struct{ id int }

func (w *W) run(tag string, out chan<- string) { out <- fmt.Sprint("run ", w.id, " ", tag) }
func (w W) show(out chan<- string)             { out <- fmt.Sprint("show ", w.id) }

func collect(out <-chan string, n int) string {
	var got []string
	for range n {
		got = append(got, <-out)
	}
	sort.Strings(got)
	return strings.Join(got, ", ")
}

func main() {
	out := make(chan string, 10)
	ws := []*W{{1}, {2}, {3}}
	for i := range ws {
		go ws[i].run("a", out)
	}
	fmt.Println(collect(out, 3))
	vals := [3]W{{4}, {5}, {6}}
	for i := 0; i < len(vals); i++ {
		go vals[i].show(out)
	}
	fmt.Println(collect(out, 3))
	m := map[string]*W{"x": {7}}
	go m["x"].run("m", out)
	m["x"] = &W{8}
	fmt.Println(collect(out, 1))
	fns := []func(){}
	for i := range 3 {
		fns = append(fns, func() { out <- fmt.Sprint("fn ", i) })
	}
	var wg sync.WaitGroup
	for i := range fns {
		wg.Add(1)
		go func() { defer wg.Done(); fns[i]() }()
	}
	wg.Wait()
	fmt.Println(collect(out, 3))
	for i := range fns {
		go fns[i]()
	}
	fmt.Println(collect(out, 3))
	ws[0] = &W{10}
	go ws[0].run("b", out)
	ws[0] = &W{11}
	fmt.Println(collect(out, 1))
}

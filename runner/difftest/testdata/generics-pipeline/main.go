// difftest: same
package main

// Generic pipeline stages that own their channels, a generic fan-in merge,
// and a generic result type sent on a channel.

import (
	"fmt"
	"sort"
	"sync"
)

// Pipe is a stage that owns its output channel.
type Pipe[T any] struct {
	out  chan T
	name string
}

func Source[T any](name string, xs ...T) *Pipe[T] {
	p := &Pipe[T]{out: make(chan T), name: name}
	go func() {
		defer close(p.out)
		for _, x := range xs {
			p.out <- x
		}
	}()
	return p
}

func Then[T, U any](in *Pipe[T], name string, f func(T) U) *Pipe[U] {
	p := &Pipe[U]{out: make(chan U, 2), name: in.name + ">" + name}
	go func() {
		defer close(p.out)
		for v := range in.out {
			p.out <- f(v)
		}
	}()
	return p
}

func (p *Pipe[T]) Collect() []T {
	var out []T
	for v := range p.out {
		out = append(out, v)
	}
	return out
}

func Merge[T any](ins ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, in := range ins {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range in {
				out <- v
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) <-chan Result[T] {
	ch := make(chan Result[T], 1)
	go func() {
		v, err := f()
		ch <- Result[T]{v, err}
	}()
	return ch
}

func main() {
	sq := Then(Source("nums", 1, 2, 3, 4), "square", func(n int) int { return n * n })
	str := Then(sq, "fmt", func(n int) string { return fmt.Sprintf("<%d>", n) })
	fmt.Println(str.name, str.Collect())
	a, b := make(chan string), make(chan string)
	go func() { a <- "x"; a <- "y"; close(a) }()
	go func() { b <- "z"; close(b) }()
	var got []string
	for v := range Merge(a, b) {
		got = append(got, v)
	}
	sort.Strings(got)
	fmt.Println(got)
	r := <-Try(func() (int, error) { return 0, fmt.Errorf("boom %d", 7) })
	fmt.Printf("%v %+v %v\n", r.Val, r, r.Err)
	ok := <-Try(func() ([]string, error) { return []string{"a"}, nil })
	fmt.Println(ok.Val, ok.Err == nil)
}

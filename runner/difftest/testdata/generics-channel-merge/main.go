// difftest: same
package main

// Generic channel helpers: a generator, a Map stage and a fan-in Merge of
// any element type, with a WaitGroup that closes the merged channel, and
// a generic result type that carries an error.

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

func Generate[T any](xs ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, x := range xs {
			out <- x
		}
	}()
	return out
}

func MapChan[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Merge[T any](cs ...<-chan T) <-chan T {
	var wg sync.WaitGroup
	out := make(chan T)
	output := func(c <-chan T) {
		for v := range c {
			out <- v
		}
		wg.Done()
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

type Result[T any] struct {
	Val T
	Err error
}

func Collect[T any](c <-chan T) []T {
	var out []T
	for v := range c {
		out = append(out, v)
	}
	return out
}

func main() {
	squares := MapChan(Generate(1, 2, 3, 4), func(n int) int { return n * n })
	fmt.Println(Collect(squares))
	words := Merge(Generate("b", "d"), Generate("a", "c"), Generate[string]())
	got := Collect(words)
	slices.Sort(got)
	fmt.Println(got)
	lengths := MapChan(Generate("go", "gopher", ""), func(s string) Result[int] {
		if s == "" {
			return Result[int]{Err: fmt.Errorf("empty word")}
		}
		return Result[int]{Val: len(s)}
	})
	for r := range lengths {
		fmt.Printf("%+v\n", r)
	}
	upper := Collect(MapChan(Merge(Generate("x"), Generate("y")), strings.ToUpper))
	slices.Sort(upper)
	fmt.Println(upper, len(Collect(Merge[int]())))
}

// difftest: same
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Merge[T any](cs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func Gen[T any](xs ...T) <-chan T {
	c := make(chan T)
	go func() {
		defer close(c)
		for _, x := range xs {
			c <- x
		}
	}()
	return c
}

type Latency int64

func (l Latency) String() string { return fmt.Sprintf("%dms", int64(l)) }

type Result[T any] struct {
	Val T
	Err error
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return "err: " + r.Err.Error()
	}
	return fmt.Sprintf("ok: %v", r.Val)
}

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (best T) {
	for i, x := range xs {
		if i == 0 || key(x) > key(best) {
			best = x
		}
	}
	return
}

func main() {
	var got []Latency
	for v := range Merge(Gen[Latency](3, 1), Gen[Latency](7), Gen[Latency]()) {
		got = append(got, v)
	}
	slices.Sort(got)
	fmt.Println(got, Sum(got...), Sum(1.5, 2.25))
	fmt.Printf("%v %d %T\n", Sum(got...), Sum(got...), Sum(got...))
	words := Map([]string{"tcp", "udp", "quic"}, strings.ToUpper)
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Println(words, lens, MaxBy(words, func(s string) int { return len(s) }))
	rs := []Result[int]{{Val: 3}, {Err: fmt.Errorf("lost packet %d", 2)}}
	fmt.Println(rs, rs[0])
	fmt.Printf("%v %+v %s\n", rs[1], rs[0], rs[0])
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a"), max(Latency(4), 9))
	clear(got)
	fmt.Println(got, slices.Max(lens), slices.Index(words, "UDP"))
	m := map[string]int{"a": 1}
	clear(m)
	fmt.Println(len(m))
}

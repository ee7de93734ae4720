// difftest: same
// A generic queue and map helper instantiated with job types declared
// inside main and inside a closure: socklab moves the types to the top
// level, where it writes the instances out that name them.
package main

import (
	"fmt"
	"strings"
)

type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Push(v T) { q.items = append(q.items, v) }

func (q *Queue[T]) Pop() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	type job struct {
		ID   int
		Name string
	}
	var q Queue[job]
	for i, n := range strings.Fields("build test deploy") {
		q.Push(job{i + 1, n})
	}
	for {
		j, ok := q.Pop()
		if !ok {
			break
		}
		fmt.Printf("%d:%s ", j.ID, j.Name)
	}
	fmt.Println()
	labels := func() []string {
		type label struct{ Text string }
		ls := Map([]string{"a", "b"}, func(s string) label { return label{strings.ToUpper(s)} })
		fmt.Printf("%v %d\n", ls, len(ls))
		return Map(ls, func(l label) string { return l.Text + "!" })
	}()
	fmt.Println(labels)
}

// difftest: same
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Stringish interface {
	~int | ~string
	String() string
}

type Code int

func (c Code) String() string { return "C" + strconv.Itoa(int(c)) }

func JoinAll[T Stringish](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, ",")
}

type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Enqueue(v ...T) { q.items = append(q.items, v...) }
func (q *Queue[T]) Dequeue() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}
func (q Queue[T]) Len() int { return len(q.items) }

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Walk(visit func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Val)
	t.Right.Walk(visit)
}

func Insert[T any](t *Tree[T], v T, less func(a, b T) bool) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if less(v, t.Val) {
		t.Left = Insert(t.Left, v, less)
	} else {
		t.Right = Insert(t.Right, v, less)
	}
	return t
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	r := make([]K, 0, len(m))
	for k := range m {
		r = append(r, k)
	}
	return r
}

func Generate[T any](vals ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, v := range vals {
			ch <- v
		}
	}()
	return ch
}

func Collect[T any](ch <-chan T) []T {
	var r []T
	for v := range ch {
		r = append(r, v)
	}
	return r
}

type Number interface{ ~int | ~float64 }

func Average[T Number](xs ...T) float64 {
	var s T
	for _, x := range xs {
		s += x
	}
	return float64(s) / float64(len(xs))
}

type Scores map[string]int

func main() {
	fmt.Println(JoinAll([]Code{1, 2, 3}))
	q := &Queue[string]{}
	q.Enqueue("a", "b", "c")
	v, ok := q.Dequeue()
	fmt.Println(v, ok, q.Len())
	var root *Tree[int]
	for _, n := range []int{5, 2, 8, 1, 9, 3} {
		root = Insert(root, n, func(a, b int) bool { return a < b })
	}
	var out []int
	root.Walk(func(v int) { out = append(out, v) })
	fmt.Println(out)
	keys := Keys(Scores{"b": 2, "a": 1})
	sort.Strings(keys)
	fmt.Println(keys)
	fmt.Println(Collect(Generate(1, 2, 3)), Collect(Generate("x")))
	fmt.Println(Average(1, 2, 4), Average(1.5, 2.5))
	avg := Average[int]
	fmt.Printf("%.3f\n", avg(1, 2))
	fmt.Printf("%v %+v\n", *q, Tree[string]{Val: "leaf"})
}

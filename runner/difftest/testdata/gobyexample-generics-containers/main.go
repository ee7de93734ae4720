// difftest: same
// Go by Example, Generics, taken further: a stack, a set on a map, a
// result type, a binary tree with a comparison function, constraints with
// ~ and a method, and the zero value of a type parameter.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

func JoinAll[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func NewSet[T comparable](vs ...T) Set[T] {
	s := Set[T]{}
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

type Numeric interface {
	~int | ~int32 | ~float64
}

func Avg[T Numeric](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	var s T
	for _, x := range xs {
		s += x
	}
	return float64(s) / float64(len(xs))
}

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T, less func(a, b T) bool) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if less(v, t.Val) {
		t.Left = t.Left.Insert(v, less)
	} else {
		t.Right = t.Right.Insert(v, less)
	}
	return t
}

func (t *Tree[T]) InOrder(visit func(T)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Val)
	t.Right.InOrder(visit)
}

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	s.Pop()
	v, ok = s.Pop()
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(JoinAll([]ID{1, 2, 3}, ", "))
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens)
	ks := Keys(map[string]int{"b": 1, "a": 2})
	sort.Strings(ks)
	fmt.Println(ks)
	set := NewSet("x", "y")
	fmt.Println(set.Has("x"), set.Has("z"), len(set))
	r1 := Try(func() (int, error) { return strconv.Atoi("42") })
	r2 := Try(func() (int, error) { return 0, errors.New("nope") })
	fmt.Printf("%+v %+v\n", r1, r2)
	fmt.Println(Avg([]int{1, 2, 4}), Avg([]float64{}), Avg([]ID{3, 4}))
	var root *Tree[string]
	for _, w := range strings.Fields("m c x a e") {
		root = root.Insert(w, func(a, b string) bool { return a < b })
	}
	root.InOrder(func(s string) { fmt.Print(s, " ") })
	fmt.Println()
	fmt.Printf("%v %q %v %v\n", Zero[int](), Zero[string](), Zero[*int](), Zero[[]int]() == nil)
	fmt.Printf("%T %T\n", s, set)
}

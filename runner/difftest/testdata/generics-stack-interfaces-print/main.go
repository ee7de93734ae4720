// difftest: same

// A generic stack and pair instantiated with an interface that embeds
// fmt.Stringer and with error, printed, sorted by a method expression of
// the interface and described through a Stringer constraint.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	fmt.Stringer
}

type Sq struct{ S float64 }
type Rect struct{ W, H float64 }

func (s Sq) Area() float64     { return s.S * s.S }
func (s Sq) String() string    { return fmt.Sprintf("Sq(%g)", s.S) }
func (r *Rect) Area() float64  { return r.W * r.H }
func (r *Rect) String() string { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}
func (s *Stack[T]) Peek() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func SortBy[T any](xs []T, key func(T) float64) {
	sort.Slice(xs, func(i, j int) bool { return key(xs[i]) < key(xs[j]) })
}

func Describe[T fmt.Stringer](xs []T) string {
	var b strings.Builder
	for _, x := range xs {
		b.WriteString(x.String() + ";")
	}
	return b.String()
}

func main() {
	var st Stack[Shape]
	st.Push(Sq{2})
	st.Push(&Rect{1, 3})
	st.Push(Sq{1})
	fmt.Println(st.items)
	fmt.Printf("%v %d\n", st.items, len(st.items))
	top, ok := st.Peek()
	fmt.Println(top, ok, top.Area())
	SortBy(st.items, Shape.Area)
	fmt.Println(st.items, Describe(st.items))
	p := st.Pop()
	fmt.Printf("%v %s\n", p, p)
	var empty Stack[Shape]
	z, ok := empty.Peek()
	fmt.Println(z, ok, z == nil)
	pairs := []Pair[string, error]{{"a", nil}, {"b", errors.New("bad")}}
	for _, pr := range pairs {
		fmt.Printf("%s=%v ", pr.Key, pr.Val)
	}
	fmt.Println()
	fmt.Printf("%+v\n", pairs[1])
	ps := Pair[string, Shape]{"sq", Sq{3}}
	fmt.Println(ps, ps.Val.Area())
	fmt.Printf("%v|%+v\n", ps, ps)
}

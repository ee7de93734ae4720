// difftest: same
// Instances of generic types with a String method of their own (a pair, a
// stack with a pointer receiver) handed on as any: to a variadic logger, a
// describing function, a []any, a chan any and a map[string]any.
package main

import (
	"fmt"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) String() string {
	parts := make([]string, len(s.items))
	for i, it := range s.items {
		parts[i] = fmt.Sprint(it)
	}
	return "[" + strings.Join(parts, "|") + ">"
}

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func log(args ...any) {
	for _, a := range args {
		fmt.Print(a, " ")
	}
	fmt.Println()
}

func describe(v any) string {
	return fmt.Sprintf("%v|%s|%+v", v, v, v)
}

func main() {
	p1 := Pair[string, int]{"a", 1}
	p2 := Pair[int, Point]{2, Point{3, 4}}
	s := &Stack[string]{}
	s.Push("x")
	s.Push("y")
	var sv Stack[int]
	sv.Push(5)
	log(p1, p2, s)
	fmt.Println(describe(p1))
	fmt.Println(describe(p2))
	fmt.Println(describe(s))
	fmt.Println(describe(sv))
	items := []any{p1, s, Pair[bool, bool]{true, false}}
	for _, it := range items {
		fmt.Println(it)
	}
	ch := make(chan any, 1)
	ch <- p2
	fmt.Println(<-ch)
	t := Tree[int]{Val: 1, Left: &Tree[int]{Val: 0}}
	var at any = t
	fmt.Printf("%v %+v\n", at.(Tree[int]).Val, at.(Tree[int]).Left.Val)
	m := map[string]any{"pair": p1}
	fmt.Println(m["pair"])
}

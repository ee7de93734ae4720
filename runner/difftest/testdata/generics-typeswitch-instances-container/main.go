// difftest: same

// Instances of generic types stored as an interface the program declares,
// sorted, and told apart by a type switch and an assertion of instances.
package main

import (
	"fmt"
	"sort"
)

type Container interface {
	Len() int
	Describe() string
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T)         { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int         { return len(s.items) }
func (s *Stack[T]) Describe() string { return fmt.Sprintf("stack of %d: %v", len(s.items), s.items) }

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Len() int         { return len(q.items) }
func (q *Queue[T]) Describe() string { return fmt.Sprintf("queue %v", q.items) }

func main() {
	s := &Stack[int]{}
	s.Push(1)
	s.Push(2)
	ss := &Stack[string]{}
	ss.Push("x")
	q := &Queue[float64]{[]float64{1.5}}
	cs := []Container{s, ss, q}
	sort.Slice(cs, func(i, j int) bool { return cs[i].Len() < cs[j].Len() })
	for _, c := range cs {
		fmt.Println(c.Len(), c.Describe())
	}
	total := 0
	for _, c := range cs {
		switch v := c.(type) {
		case *Stack[int]:
			total += v.items[0]
			fmt.Println("int stack")
		case *Stack[string]:
			fmt.Println("string stack", v.items)
		default:
			fmt.Println("other", v.Len())
		}
	}
	fmt.Println(total)
	if st, ok := cs[2].(*Stack[int]); ok {
		fmt.Println("asserted", st.Len())
	}
}

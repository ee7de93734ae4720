// difftest: same
package main

// A generic Stack with a String method that prints its elements, and a
// Queue of two slices, as tutorials write them.

import (
	"errors"
	"fmt"
)

// Stack is a LIFO of any element type.
type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s Stack[T]) Len() int { return len(s.items) }

func (s Stack[T]) String() string { return fmt.Sprintf("Stack%v", s.items) }

var ErrEmpty = errors.New("empty")

// Queue is a FIFO built on a slice.
type Queue[T any] struct {
	head, tail []T
}

func NewQueue[T any](xs ...T) *Queue[T] {
	q := &Queue[T]{}
	for _, x := range xs {
		q.Enqueue(x)
	}
	return q
}

func (q *Queue[T]) Enqueue(v T) { q.tail = append(q.tail, v) }

func (q *Queue[T]) Dequeue() (T, bool) {
	if len(q.head) == 0 {
		for len(q.tail) > 0 {
			n := len(q.tail) - 1
			q.head = append(q.head, q.tail[n])
			q.tail = q.tail[:n]
		}
	}
	if len(q.head) == 0 {
		var zero T
		return zero, false
	}
	n := len(q.head) - 1
	v := q.head[n]
	q.head = q.head[:n]
	return v, true
}

func (q *Queue[T]) Len() int { return len(q.head) + len(q.tail) }

type point struct{ X, Y int }

func main() {
	var s Stack[int]
	s.Push(1, 2, 3)
	fmt.Println(s, s.Len())
	fmt.Printf("%v %+v %T\n", s, s, s)
	for {
		v, err := s.Pop()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("done:", err)
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	ps := &Stack[point]{}
	ps.Push(point{1, 2}, point{3, 4})
	top, ok := ps.Peek()
	fmt.Printf("%v %+v %v %T\n", top, top, ok, ps)
	fmt.Println(ps)
	var st fmt.Stringer = s
	fmt.Println(st.String())

	q := NewQueue("a", "b", "c")
	q.Enqueue("d")
	fmt.Println(q.Len())
	for q.Len() > 0 {
		v, _ := q.Dequeue()
		fmt.Print(v)
	}
	fmt.Println()
	_, ok = NewQueue[float64]().Dequeue()
	fmt.Println(ok)
	fmt.Printf("%T %+v\n", q, *q)
}

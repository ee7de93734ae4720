// difftest: same
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

type Pair[A, B any] struct {
	First  A
	Second B
}

type Celsius float64

func TypeOf[T any](v T) string { return fmt.Sprintf("%T", v) }

func main() {
	s := &Stack[int]{}
	fmt.Printf("%T\n", s)
	fmt.Printf("%T\n", *s)
	fmt.Printf("%T\n", Pair[string, Celsius]{})
	fmt.Printf("%T\n", []Pair[int, bool]{})
	fmt.Println(TypeOf(Celsius(1)))
	fmt.Println(TypeOf(Pair[int, int]{}))
	fmt.Println(TypeOf(s))
	fmt.Println(TypeOf[any](3))
	fmt.Println(TypeOf(map[string]Celsius{}))
}

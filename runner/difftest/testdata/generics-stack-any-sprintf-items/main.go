// difftest: same
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s Stack[T]) String() string { return fmt.Sprintf("%v", s.items) }

type Point struct{ X, Y int }

func (p Point) String() string { return "p" }

func main() {
	fmt.Println(Stack[any]{}.String())
	fmt.Println(Stack[any]{[]any{Point{1, 2}, 3, &Point{}}}.String())
	fmt.Println(Stack[any]{[]any{Point{1, 2}, 3}})
}

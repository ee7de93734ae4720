// difftest: same
package main

import (
	"fmt"
	"sync"
)

type Msg[T any] struct {
	From string
	Body T
}

func (m Msg[T]) String() string { return fmt.Sprintf("%s: %v", m.From, m.Body) }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("<%d,%d>", p.X, p.Y) }

func produce[T any](name string, vals []T, out chan<- Msg[T], wg *sync.WaitGroup) {
	defer wg.Done()
	for _, v := range vals {
		out <- Msg[T]{name, v}
	}
}

func main() {
	ch := make(chan Msg[Point])
	var wg sync.WaitGroup
	wg.Add(1)
	go produce("p", []Point{{1, 2}, {3, 4}}, ch, &wg)
	go func() { wg.Wait(); close(ch) }()
	for m := range ch {
		fmt.Println(m)
	}
	ach := make(chan any, 3)
	ach <- Msg[int]{"i", 1}
	ach <- Msg[Point]{"pt", Point{5, 6}}
	ach <- Msg[any]{"a", Point{7, 8}}
	close(ach)
	for m := range ach {
		fmt.Println(m)
	}
}

// difftest: same
package main

// A generic push helper fills a list of tasks declared where they are
// used; each task holds its shape, and the list reports how it grows:
// socklab moves the task type to the top level, and writes a copy of the
// helper for it that grows the list as Go does.

import "fmt"

type Shape interface {
	Area() float64
}

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

// Push adds x to the end of list and returns the new list.
func Push[T any](list []T, x T) []T {
	return append(list, x)
}

var history []any // every list built, kept for the run

func main() {
	type task struct {
		ID    int
		Shape Shape
	}
	var tasks []task
	for i := range 20 {
		tasks = Push(tasks, task{ID: i, Shape: Square{Side: float64(i)}})
		history = append(history, tasks)
		if i%4 == 0 {
			fmt.Println("tasks:", len(tasks), "cap:", cap(tasks))
		}
	}
	fmt.Printf("last area %.0f\n", tasks[19].Shape.Area())
}

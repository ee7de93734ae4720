// difftest: same
package main

// Events received from a chan any asserted to an interface the script
// declares, then switched on by their concrete types.

import (
	"fmt"
	"strings"
)

type Event interface{ Kind() string }

type Click struct{ X, Y int }
type Key struct{ Char rune }
type Quit struct{ Reason string }

func (Click) Kind() string { return "click" }
func (Key) Kind() string   { return "key" }
func (Quit) Kind() string  { return "quit" }

func main() {
	queue := make(chan any, 10)
	queue <- Click{1, 2}
	queue <- Key{'a'}
	queue <- "noise"
	queue <- Quit{"done"}
	close(queue)
	var log []string
	for msg := range queue {
		ev, ok := msg.(Event)
		if !ok {
			log = append(log, "skip")
			continue
		}
		switch e := ev.(type) {
		case Click:
			log = append(log, fmt.Sprintf("%s@%d,%d", e.Kind(), e.X, e.Y))
		case Key:
			log = append(log, fmt.Sprintf("%s:%c", e.Kind(), e.Char))
		case Quit:
			log = append(log, e.Kind()+":"+e.Reason)
		}
	}
	fmt.Println(strings.Join(log, " "))
}

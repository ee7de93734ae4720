// difftest: same
package main

import (
	"fmt"
	"strings"
)

func Join[T any](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprint(x)
	}
	return strings.Join(parts, sep)
}

func Show[T any](label string, v T) {
	fmt.Printf("%s: %v (%T)\n", label, v, v)
}

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type Item struct {
	Name string
	Qty  int
}

func (i Item) String() string { return fmt.Sprintf("%dx%s", i.Qty, i.Name) }

func main() {
	fmt.Println(Join([]Level{0, 2, 1}, ","))
	fmt.Println(Join([]Item{{"egg", 2}, {"milk", 1}}, "; "))
	fmt.Println(Join([]any{Item{"a", 1}, Level(1), 3}, " "))
	Show("lvl", Level(2))
	Show("item", Item{"x", 9})
	Show[any]("any", Item{"y", 1})
	Show[fmt.Stringer]("str", Level(0))
}

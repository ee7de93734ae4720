// difftest: same
package main

// An assertion to an interface the script declares whose method structs
// promote from a field they embed, a value and a pointer.

import "fmt"

type Identified interface{ ID() int }

type Base struct{ id int }

func (b Base) ID() int { return b.id }

type User struct {
	Base
	Name string
}

type Order struct {
	*Base
	Total float64
}

func main() {
	xs := []any{User{Base{1}, "ann"}, Order{&Base{2}, 9.5}, Base{3}, "x"}
	for _, x := range xs {
		if i, ok := x.(Identified); ok {
			fmt.Println("id", i.ID())
		} else {
			fmt.Println("no id")
		}
	}
}

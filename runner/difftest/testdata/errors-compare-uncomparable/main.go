// difftest: same
// == of two errors that hold one struct type with a slice field panics
// naming the struct, as Go's runtime does, and errors.Is of such an error
// does not compare it at all.
package main

import (
	"errors"
	"fmt"
)

type ListErr struct{ Items []string }

func (l ListErr) Error() string { return fmt.Sprintf("bad items %v", l.Items) }

type Pair struct {
	Err  error
	Note string
}

func compare(a, b any) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	fmt.Println(a == b)
}

func main() {
	e1 := ListErr{[]string{"a"}}
	wrapped := fmt.Errorf("w: %w", e1)
	fmt.Println(errors.Is(wrapped, e1), errors.Is(wrapped, ListErr{}))
	var le ListErr
	fmt.Println(errors.As(wrapped, &le), le.Items)
	var a, b error = e1, ListErr{}
	compare(a, b)
	compare(a, errors.New("x"))
	compare(Pair{a, "n"}, Pair{b, "n"})
	compare(Pair{errors.New("p"), "n"}, Pair{nil, "n"})
}

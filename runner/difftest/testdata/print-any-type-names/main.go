// difftest: same
package main

import (
	"errors"
	"fmt"
)

type V struct{ N int }

func (v V) String() string { return "v" }

type Kind uint8

func (k Kind) String() string { return "kind" }

type Names []string

func (n Names) String() string { return "names" }

// Msg has an unexported field, which %#v names as Go spells it.
type Msg struct {
	ID   int
	body string
}

func main() {
	xs := []any{V{1}, &V{2}, Kind(3), Names{"a"}, []string{"b"}, Msg{1, "x"}, &Msg{2, "y"}, 4, "s", nil, errors.New("e")}
	for _, x := range xs {
		fmt.Printf("%T|%v|%#v\n", x, x, x)
	}
	ch := make(chan any, len(xs))
	for _, x := range xs {
		ch <- x
	}
	close(ch)
	for x := range ch {
		fmt.Printf("%T %#v\n", x, x)
	}
	var err error = errors.New("x")
	fmt.Printf("%T %#v\n", err, err)
	fmt.Println(fmt.Sprintf("%-12T|", xs[0]))
}

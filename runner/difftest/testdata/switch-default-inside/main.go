// difftest: same
// A switch whose default clause is not its last clause: the cases after
// it are compared in order, and a fallthrough between them goes to the
// next clause in the source.
package main

import (
	"errors"
	"fmt"
	"io"
)

var evals []int

func f(k int) int { evals = append(evals, k); return k }

type Size int

const (
	Small Size = iota
	Large
)

func main() {
	for _, x := range []int{1, 7, 20} {
		switch {
		default:
			fmt.Println("small", x)
		case x > 10:
			fmt.Println("big", x)
		case x > 5:
			fmt.Println("medium", x)
		}
	}
	for i := 0; i < 4; i++ {
		switch i {
		case 0:
			fmt.Println("zero")
		default:
			fmt.Println("default", i)
		case 1:
			fmt.Println("one")
			fallthrough
		case 2:
			fmt.Println("one or two")
		}
	}
	switch 3 {
	default:
		fmt.Println("default")
	case f(3):
		fmt.Println("three")
	case f(4):
		fmt.Println("four")
	}
	fmt.Println(evals)
	switch s := Size(f(1)); s {
	default:
		fmt.Println("no size")
	case Small:
		fmt.Println("small")
	case Large:
		fmt.Println("large")
	}
	for _, v := range []any{io.EOF, 3, "s", 2.5, errors.New("x"), nil} {
		switch v.(type) {
		default:
			fmt.Println("other")
		case int, string:
			fmt.Println("int or string")
		case any:
			fmt.Println("any")
		}
		switch x := v.(type) {
		case nil:
			fmt.Println("nil")
		default:
			fmt.Println("other", x)
		case error:
			fmt.Println("error", x)
		case fmt.Stringer:
			fmt.Println("stringer", x)
		}
	}
	n := 0
Loop:
	for {
		n++
		switch {
		default:
			continue
		case n > 3:
			break Loop
		case n > 1:
			fmt.Println("n", n)
		}
	}
	fmt.Println("done", n)
}

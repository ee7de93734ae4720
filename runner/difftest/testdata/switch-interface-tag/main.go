// difftest: same
// A switch on a value of type any or error whose cases are values of
// other types: constants, calls, nil, a fallthrough.
package main

import (
	"errors"
	"fmt"
	"io"
)

func get(i int) any { return []any{1, "quit", 2.5, nil, int64(1)}[i] }

var calls int

func probe(x int) int { calls++; return x }

func main() {
	for i := 0; i < 5; i++ {
		switch get(i) {
		case probe(1), "quit":
			fmt.Println("one or quit", calls)
		case nil:
			fmt.Println("nil")
		case 2.5:
			fmt.Println("two and a half")
			fallthrough
		default:
			fmt.Println("default", calls)
		}
	}
	var err error = io.EOF
	switch err {
	case io.EOF:
		fmt.Println("eof")
	}
	switch e := errors.New("x"); e {
	case nil:
		fmt.Println("nil err")
	default:
		fmt.Println("err", e)
	}
	var s fmt.Stringer
	switch s {
	case nil:
		fmt.Println("nil stringer")
	}
}

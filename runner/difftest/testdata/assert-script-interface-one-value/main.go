// difftest: same
// stderr: panic
package main

// Assertions of one value to an interface the script declares, of values
// held in an any, and one that fails with Go's message.

import "fmt"

type Shape interface {
	Area() float64
}

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

type Dot struct{ X int }

func main() {
	vals := []any{Square{2}, Square{3}}
	for _, v := range vals {
		fmt.Println(v.(Shape).Area())
	}
	var d any = Dot{1}
	fmt.Println(d.(Shape).Area())
}

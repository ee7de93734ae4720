package rewrite_test

func init() {
	programs = append(programs,
		program{"rangeint_forms", `package main

import (
	"fmt"
	"time"
)

type count uint8

func three() int { fmt.Print("(once) "); return 3 }

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	n := 4
	for i := range n {
		n = 1 // evaluated once
		fmt.Print(i, " ")
	}
	for range three() {
		fmt.Print(". ")
	}
	var c count = 2
	for i := range c {
		fmt.Print(i-1, " ") // a count: 0-1 wraps
	}
	var j int
	for j = range 5 {
	}
	fmt.Println(j)
	var b byte
	var k count
	for b = range 3 {
	}
	for k = range 2 {
		fmt.Printf("%T ", k)
	}
	fmt.Println(b-3, k) // bytes: 2-3 wraps
	for d := range time.Duration(2) {
		fmt.Print(d, " ")
	}
	for i := range -2 {
		fmt.Print("never", i)
	}
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f())
	}
	for i := range 'c' - 'a' {
		fmt.Printf(" %T", i)
	}
	fmt.Println()
}
`},
		program{"rangeint_rangefunc_redeclared", `package main

import (
	"fmt"
	"slices"
)

func main() {
	for i := range 3 {
		i := i * 2
		fmt.Print(i)
	}
	fmt.Println()
	for v := range slices.Values([]int{1, 2}) {
		v := v * 10
		fmt.Print(v, " ")
	}
	fmt.Println()
	for k, v := range slices.All([]string{"a"}) {
		k, v := v, k
		fmt.Println(k, v)
	}
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i + 100
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for i, s := range []string{"x", "y"} {
		s := s + s
		i := i * 3
		fs = append(fs, func() int { return i + len(s) })
	}
	fmt.Println(fs[3](), fs[4]())
}
`},
	)
}

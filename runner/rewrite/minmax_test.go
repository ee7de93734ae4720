package rewrite_test

func init() {
	programs = append(programs,
		program{"minmax_clear", `package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	a, b := 3, 7
	fmt.Println(min(a, b), max(a, b, 9), min(b))
	fmt.Println(min(1, 2.5), max('a', 'b'), min("b", "a", "c"))
	const c = max(2, 3)
	var f32 float32 = min(1, 2)
	fmt.Printf("%T %v %T\n", c, f32, max(1.5, 2))
	x, y := 1.5, math.NaN()
	fmt.Println(min(x, y), max(y, x), min(x, -2.0))
	z, nz := 0.0, math.Copysign(0, -1)
	fmt.Println(math.Signbit(min(z, nz)), math.Signbit(max(nz, z)))
	fmt.Println(math.Signbit(min(nz, z)), math.Signbit(max(z, nz)), math.Signbit(min(nz)))
	const cf = max(3, 7.5, 'a')
	fmt.Printf("%T %v\n", cf, cf)
	fm := map[float64]int{1: 1, math.NaN(): 2, math.NaN(): 3}
	fa := fm
	clear(fm)
	fmt.Println(len(fm), len(fa))
	s, t := "go", "gopher"
	fmt.Println(min(s, t), max(s, t))
	d := time.Second
	fmt.Println(max(d, 2*time.Second), min(d, time.Millisecond))
	type level int
	var l1, l2 level = 2, 5
	fmt.Println(max(l1, l2))
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m))
	sl := []int{1, 2, 3}
	clear(sl[1:])
	fmt.Println(sl)
	for i := range 3 {
		fmt.Print(min(i, 1))
	}
	fmt.Println()
}
`},
	)
}

// difftest: same
package main

import "fmt"

// Specs that declare two constants at once, then iota alone: Go advances
// iota once per spec, never per name.
const (
	a, b = iota, iota * 10
	c, d
	e, f = "e", iota
)

const (
	x, y = iota, iota
	z, w
)

type Dir int

const (
	North, South Dir = iota, iota + 10
	East, West
)

func (d Dir) String() string { return fmt.Sprintf("Dir(%d)", int(d)) }

const (
	p, q = 1, 2
	r    = iota
	s    = iota * 100
)

func main() {
	const (
		lo, hi = iota, iota + 1
		mid    = iota
	)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x, y, z, w)
	fmt.Println(North, South, East, West)
	fmt.Println(p, q, r, s)
	fmt.Println(lo, hi, mid)
}

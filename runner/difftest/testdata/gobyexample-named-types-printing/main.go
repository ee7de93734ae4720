// difftest: same
// Printing types declared on other types: a duration without
// time.Duration's String, a String on a pointer receiver, a slice type
// with a String, and maps and slices of them.
package main

import (
	"fmt"
	"strings"
	"time"
)

type Timeout time.Duration
type Stamp time.Time
type Celsius float64

func (c *Celsius) String() string { return fmt.Sprintf("%.1fC", float64(*c)) }

type Point struct{ X, Y int }
type Path []Point

func (p Path) String() string {
	parts := make([]string, len(p))
	for i, pt := range p {
		parts[i] = fmt.Sprintf("(%d,%d)", pt.X, pt.Y)
	}
	return strings.Join(parts, "->")
}

type Names []string
type Index map[string]int

func main() {
	t := Timeout(2 * time.Second)
	fmt.Println(t, time.Duration(t))
	fmt.Printf("%v %d %T\n", t, t, t)
	c := Celsius(21.5)
	fmt.Println(c, &c)
	fmt.Printf("%v %v %s\n", c, &c, &c)
	p := Path{{1, 2}, {3, 4}}
	fmt.Println(p, len(p), p[0])
	fmt.Printf("%v %+v %s %d\n", p, p, p, p)
	n := Names{"b", "a"}
	fmt.Println(n, len(n))
	fmt.Printf("%v %q %T %#v\n", n, n, n, n)
	idx := Index{"x": 1}
	fmt.Printf("%v %T %#v\n", idx, idx, idx)
	var s fmt.Stringer = p
	fmt.Println(s)
	fmt.Println([]Path{p}, map[string]Path{"k": p})
	type local int
	fmt.Printf("%T %v\n", local(3), local(3))
}

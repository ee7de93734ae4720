// difftest: same
package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("P%d%d", p.X, p.Y) }

func main() {
	ps := []Pair[string, Color]{{"a", 1}, {"b", 2}}
	var x any = ps
	fmt.Println(x)
	fmt.Println(ps)
	m := map[int]Pair[string, Color]{1: {"z", 0}}
	var y any = m
	fmt.Println(y)
	fmt.Printf("%v %+v\n", y, y)
	q := Pair[string, Point]{"p", Point{1, 2}}
	var z any = q
	fmt.Println(z, q)
	qs := []Pair[string, *Point]{{"p", &Point{3, 4}}}
	var w any = qs
	fmt.Println(w)
}

// difftest: same
package main

// A Tour of Go, Structs and Arrays: struct and array values copy on
// assignment and compare with ==, a conversion between a struct literal's
// type and a named one, and a pointer into an array.

import "fmt"

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
	Tags     [2]string
}

func (r Rect) Area() int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

func grow(r Rect) Rect { r.Max.X++; return r }

func growP(r *Rect) { r.Max.Y++ }

func main() {
	a := Rect{Point{0, 0}, Point{2, 3}, [2]string{"a", "b"}}
	b := a
	b.Tags[0] = "z"
	fmt.Println(a, b, a == b)
	c := grow(a)
	growP(&a)
	fmt.Println(a.Area(), c.Area(), a == c)
	anon := struct {
		Name string
		Age  int
	}{"x", 3}
	type person struct {
		Name string
		Age  int
	}
	p := person(anon)
	fmt.Printf("%v %+v %T\n", p, anon, anon)
	pts := [...]Point{{1, 2}, {3, 4}}
	pts2 := pts
	pts2[0].X = 100
	fmt.Println(pts, pts2, pts == pts2)
	pp := &pts[1]
	pp.Y = 40
	fmt.Println(pts)
	var zero Rect
	fmt.Printf("%+v %v\n", zero, zero == Rect{})
}

// difftest: same
// Printing values held in interfaces and structs: %v, %+v, %#v and %T of
// shapes of two types, a struct of a time, a duration and a map, and a
// Stringer inside a struct.
package main

import (
	"fmt"
	"time"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Shape interface {
	Area() float64
}

type Rect struct {
	Min, Max Point
	Name     string
}

func (r Rect) Area() float64 { return float64((r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)) }

type Circle struct {
	C Point
	R float64
}

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type Event struct {
	At   time.Time
	Dur  time.Duration
	Tags map[string]bool
	Loc  *Point
}

func main() {
	shapes := []Shape{Rect{Point{0, 0}, Point{2, 3}, "r"}, &Circle{Point{1, 1}, 2}}
	for _, s := range shapes {
		fmt.Printf("%v %+v %T %.1f\n", s, s, s, s.Area())
	}
	fmt.Println(shapes[0])
	fmt.Printf("%#v\n", Point{1, 2})
	fmt.Printf("%#v\n", Rect{Name: "x"})
	fmt.Printf("%#v\n", []Point{{1, 2}})
	fmt.Printf("%#v\n", map[string]Point{"o": {}})
	e := Event{At: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), Dur: 1500 * time.Millisecond, Tags: map[string]bool{"b": true, "a": false}}
	fmt.Printf("%v\n%+v\n", e, e)
	e.Loc = &Point{7, 8}
	fmt.Println(e.Loc, *e.Loc)
	type pair struct {
		K string
		V any
	}
	ps := []pair{{"int", 1}, {"pt", Point{1, 1}}, {"ptr", &Point{2, 2}}, {"nil", nil}, {"slice", []Point{{3, 3}}}}
	for _, p := range ps {
		fmt.Printf("%s=%v (%T) ", p.K, p.V, p.V)
	}
	fmt.Println()
	fmt.Printf("%v\n", ps)
	fmt.Printf("%+v\n", ps[1])
	var sh Shape
	fmt.Printf("%v %T\n", sh, sh)
	fmt.Printf("%v %s\n", struct{ P Point }{Point{4, 5}}, Point{6, 7})
	fmt.Printf("%5v|%-9v|\n", Point{1, 2}, Point{3, 4})
	fmt.Printf("%d\n", Point{1, 2})
	fmt.Printf("%x\n", Point{10, 11})
}

// difftest: same
package main

// Printing the values a program declares, as students do while they
// debug: %v, %+v and %#v of structs, nested structs, pointers to structs,
// slices and maps of them, an error field, and a Stringer beside them.

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

type Segment struct {
	From, To Point
	Label    string
}

type Inventory struct {
	Items  map[string]int
	Tags   []string
	Owner  *Point
	Err    error
	hidden bool
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Reading struct {
	Where string
	Temp  Celsius
}

func main() {
	p := Point{1, 2}
	s := Segment{p, Point{3, 4}, "diag"}
	fmt.Println(p, s)
	fmt.Printf("%v\n%+v\n%#v\n", s, s, s)
	pp := &p
	fmt.Printf("%v %+v\n", pp, pp)
	inv := Inventory{Items: map[string]int{"b": 2, "a": 1}, Tags: []string{"x"}, Owner: &Point{5, 6}, Err: errors.New("low stock")}
	fmt.Printf("%v\n", inv.Items)
	fmt.Printf("%+v\n", Inventory{Tags: nil, Err: nil})
	fmt.Println(inv.Err, inv.Owner.X, len(inv.Tags), inv.hidden)
	pts := []Point{{0, 0}, {1, 1}}
	fmt.Printf("%v %+v %#v\n", pts, pts, pts)
	byName := map[string]Point{"b": {2, 2}, "a": {1, 1}}
	fmt.Println(byName)
	r := Reading{"roof", 21.25}
	fmt.Println(r, r.Temp)
	fmt.Printf("%v|%+v|%s|%.2f\n", r, r, r.Temp, r.Temp)
	rs := []Reading{r, {"cellar", 12}}
	fmt.Println(rs)
	temps := map[string]Celsius{"in": 20, "out": -3.5}
	fmt.Println(temps)
	var nothing *Point
	fmt.Println(nothing, []*Point{nil})
	fmt.Printf("%T %T %T %T\n", p, pp, rs, temps)
	fmt.Printf("%5v|%-8v|%08.3f\n", p.X, "left", 3.14159)
	type local struct {
		A int
		b string
	}
	fmt.Printf("%v %+v\n", local{1, "x"}, local{2, "y"})
	var e error = fmt.Errorf("wrapped: %w", inv.Err)
	fmt.Printf("%v|%s|%q\n", e, e, e)
}

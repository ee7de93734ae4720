// difftest: same
package main

// A struct that embeds a pointer has the pointer's methods in its value's
// method set (The Go Programming Language's ColoredPoint with *Point):
// stored in an interface of those methods, it is asserted back and
// switched on by its own type.

import "fmt"

type Point struct{ X, Y float64 }

func (p *Point) ScaleBy(f float64) { p.X *= f; p.Y *= f }
func (p *Point) String() string    { return fmt.Sprintf("(%g,%g)", p.X, p.Y) }

type ColoredPoint struct {
	*Point
	Color string
}

type Scaler interface{ ScaleBy(float64) }

func main() {
	var s Scaler = ColoredPoint{&Point{1, 2}, "red"}
	s.ScaleBy(2)
	if cp, ok := s.(ColoredPoint); ok {
		fmt.Println(cp.Color, cp.Point, cp)
	}
	for _, v := range []Scaler{s, &Point{3, 4}} {
		switch v := v.(type) {
		case ColoredPoint:
			fmt.Println("colored", v.X, v.Color)
		case *Point:
			fmt.Println("point", v)
		}
	}
	var st fmt.Stringer = s.(ColoredPoint)
	_, isPoint := st.(*Point)
	fmt.Println(st, isPoint)
}

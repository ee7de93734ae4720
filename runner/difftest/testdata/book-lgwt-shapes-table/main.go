// difftest: same
package main

// Learn Go with Tests, Structs, Methods and Interfaces: Rectangle, Circle
// and Triangle behind a Shape interface, checked by a table-driven test
// whose failure message prints the shape with %#v.

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
}

type Rectangle struct {
	Width  float64
	Height float64
}

func (r Rectangle) Area() float64 { return r.Width * r.Height }

type Circle struct {
	Radius float64
}

func (c Circle) Area() float64 { return math.Pi * c.Radius * c.Radius }

type Triangle struct {
	Base   float64
	Height float64
}

func (t Triangle) Area() float64 { return (t.Base * t.Height) * 0.5 }

func Perimeter(rectangle Rectangle) float64 {
	return 2 * (rectangle.Width + rectangle.Height)
}

func main() {
	fmt.Printf("%.2f\n", Perimeter(Rectangle{10.0, 10.0}))

	areaTests := []struct {
		name    string
		shape   Shape
		hasArea float64
	}{
		{name: "Rectangle", shape: Rectangle{Width: 12, Height: 6}, hasArea: 72.0},
		{name: "Circle", shape: Circle{Radius: 10}, hasArea: 314.1592653589793},
		{name: "Triangle", shape: Triangle{Base: 12, Height: 6}, hasArea: 36.0},
		{name: "WrongTriangle", shape: Triangle{Base: 12, Height: 5}, hasArea: 36.0},
	}

	for _, tt := range areaTests {
		got := tt.shape.Area()
		if got != tt.hasArea {
			fmt.Printf("%s: %#v got %g want %g\n", tt.name, tt.shape, got, tt.hasArea)
		} else {
			fmt.Printf("%s: ok %v\n", tt.name, tt.shape)
		}
	}
	fmt.Printf("%+v\n", areaTests[1])
}

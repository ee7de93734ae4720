// difftest: same
package main

// A drawing program keeps its shapes in slices and watches them grow: one
// shape at a time, several at once, a layer that holds shapes in its
// fields, and two drawings appended to one base, which share its array
// while it has room and part once it grows, as append decides by cap.

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
}

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

// A Layer holds a shape and where it is drawn.
type Layer struct {
	Z     int
	Shape Shape
}

type Drawing []Shape

var board []Shape // the shapes on the board, kept for the whole run

func total(ss []Shape) float64 {
	sum := 0.0
	for _, s := range ss {
		sum += s.Area()
	}
	return sum
}

func main() {
	for i := range 20 {
		board = append(board, Rect{W: float64(i), H: 1})
		fmt.Printf("board %2d: len %2d cap %2d\n", i, len(board), cap(board))
	}

	many := append([]Shape(nil), board[:17]...)
	fmt.Println("copy of 17:", len(many), cap(many))
	many = append(many, Circle{1}, Circle{2}, Circle{3})
	fmt.Println("three more:", len(many), cap(many))

	var layers []Layer
	for z := range 18 {
		layers = append(layers, Layer{Z: z, Shape: Circle{R: float64(z)}})
	}
	fmt.Println("layers:", len(layers), cap(layers), layers[17].Z)

	var d Drawing
	for i := range 5 {
		d = append(d, Rect{W: 1, H: float64(i)})
	}
	fmt.Printf("drawing: %d %d %.0f\n", len(d), cap(d), total(d))

	// Two drawings from one base: while the base has room, both appends
	// write the same element of its array.
	base := make([]Shape, 3, 4)
	for i := range base {
		base[i] = Rect{W: 1, H: 1}
	}
	a := append(base, Circle{1})
	b := append(base, Rect{W: 2, H: 2})
	fmt.Printf("shared: a[3]=%.2f b[3]=%.2f\n", a[3].Area(), b[3].Area())

	// Grown past its cap, each append gets an array of its own.
	base = append(base, Rect{W: 3, H: 3})
	c := append(base, Circle{1})
	e := append(base, Rect{W: 2, H: 2})
	fmt.Printf("parted: c[4]=%.2f e[4]=%.2f cap %d %d\n", c[4].Area(), e[4].Area(), cap(c), cap(e))

	// Grown from 5 to 17, past the room of 9 and 10.
	grid := make([]Shape, 5)
	for i := range grid {
		grid[i] = Rect{W: 1, H: 1}
	}
	p := append(grid[:5:5], board[:12]...)
	q := append(p, Circle{2})
	r := append(p, Rect{W: 4, H: 4})
	fmt.Printf("grid: len %d cap %d, q[17]=%.2f r[17]=%.2f\n", len(p), cap(p), q[17].Area(), r[17].Area())
	fmt.Printf("board area %.1f\n", total(board))
}

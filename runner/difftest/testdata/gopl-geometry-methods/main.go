// difftest: same
package main

// The Go Programming Language, 6.1-6.4, and Go by Example, Interfaces:
// methods on values and pointers, a named slice type with a method, method
// values and expressions, and an interface of shapes.

import (
	"fmt"
	"math"
)

type Point struct{ X, Y float64 }

func (p Point) Distance(q Point) float64 { return math.Hypot(q.X-p.X, q.Y-p.Y) }
func (p *Point) ScaleBy(factor float64) {
	p.X *= factor
	p.Y *= factor
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) Sub(q Point) Point { return Point{p.X - q.X, p.Y - q.Y} }

type Path []Point

func (path Path) Distance() float64 {
	sum := 0.0
	for i := range path {
		if i > 0 {
			sum += path[i-1].Distance(path[i])
		}
	}
	return sum
}

func (path Path) TranslateBy(offset Point, add bool) {
	var op func(p, q Point) Point
	if add {
		op = Point.Add
	} else {
		op = Point.Sub
	}
	for i := range path {
		path[i] = op(path[i], offset)
	}
}

type geometry interface {
	area() float64
	perim() float64
}

type rect struct{ width, height float64 }
type circle struct{ radius float64 }

func (r rect) area() float64    { return r.width * r.height }
func (r rect) perim() float64   { return 2*r.width + 2*r.height }
func (c circle) area() float64  { return math.Pi * c.radius * c.radius }
func (c circle) perim() float64 { return 2 * math.Pi * c.radius }

func measure(g geometry) {
	fmt.Println(g)
	fmt.Printf("%.3f %.3f\n", g.area(), g.perim())
	if c, ok := g.(circle); ok {
		fmt.Println("circle with radius", c.radius)
	}
}

func main() {
	p, q := Point{1, 2}, Point{4, 6}
	fmt.Println(p.Distance(q))
	perim := Path{{1, 1}, {5, 1}, {5, 4}, {1, 1}}
	fmt.Println(perim.Distance())
	p.ScaleBy(3)
	fmt.Println(p)
	distanceFromP := p.Distance
	fmt.Println(distanceFromP(q))
	scale := (*Point).ScaleBy
	scale(&p, 0.5)
	fmt.Println(p, Point.Distance(p, q))
	perim.TranslateBy(Point{1, 1}, true)
	fmt.Println(perim)
	measure(rect{width: 3, height: 4})
	measure(circle{radius: 5})
}

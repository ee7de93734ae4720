// difftest: same
package main

// coloredpoint of chapter 6 of The Go Programming Language: a struct
// embedding Point gets its methods (Distance takes a Point, not a
// ColoredPoint), an embedded *Point shared by two values, method values
// (p.Distance bound to p) and method expressions (Point.Distance,
// (*Point).ScaleBy) chosen by a flag; then the cache with an embedded
// sync.Mutex.

import (
	"fmt"
	"image/color"
	"math"
	"sync"
)

type Point struct{ X, Y float64 }

func (p Point) Distance(q Point) float64 {
	return math.Hypot(q.X-p.X, q.Y-p.Y)
}

func (p *Point) ScaleBy(factor float64) {
	p.X *= factor
	p.Y *= factor
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) Sub(q Point) Point { return Point{p.X - q.X, p.Y - q.Y} }

type Path []Point

func (path Path) TranslateBy(offset Point, add bool) {
	var op func(p, q Point) Point
	if add {
		op = Point.Add
	} else {
		op = Point.Sub
	}
	for i := range path {
		// Call either path[i].Add(offset) or path[i].Sub(offset).
		path[i] = op(path[i], offset)
	}
}

type ColoredPoint struct {
	Point
	Color color.RGBA
}

type SharedPoint struct {
	*Point
	Color color.RGBA
}

var cache = struct {
	sync.Mutex
	mapping map[string]string
}{
	mapping: make(map[string]string),
}

func Lookup(key string) string {
	cache.Lock()
	v := cache.mapping[key]
	cache.Unlock()
	return v
}

func main() {
	red := color.RGBA{255, 0, 0, 255}
	blue := color.RGBA{0, 0, 255, 255}
	var p = ColoredPoint{Point{1, 1}, red}
	var q = ColoredPoint{Point{5, 4}, blue}
	fmt.Println(p.Distance(q.Point)) // "5"
	p.ScaleBy(2)
	q.ScaleBy(2)
	fmt.Println(p.Distance(q.Point)) // "10"

	s := SharedPoint{&Point{1, 1}, red}
	t := SharedPoint{&Point{5, 4}, blue}
	fmt.Println(s.Distance(*t.Point)) // "5"
	t.Point = s.Point                 // p and q now share the same Point
	s.ScaleBy(2)
	fmt.Println(*s.Point, *t.Point) // "{2 2} {2 2}"

	a := Point{1, 2}
	b := Point{4, 6}
	distanceFromA := a.Distance   // method value
	fmt.Println(distanceFromA(b)) // "5"
	var origin Point              // {0, 0}
	fmt.Println(distanceFromA(origin))
	scaleB := b.ScaleBy // method value
	scaleB(2)           // b becomes (8, 12)
	scaleB(3)           // then (24, 36)
	fmt.Println(b)
	distance := Point.Distance   // method expression
	fmt.Println(distance(a, b))  // "39"
	fmt.Printf("%T\n", distance) // "func(main.Point, main.Point) float64"
	scale := (*Point).ScaleBy
	scale(&a, 2)
	fmt.Println(a)            // "{2 4}"
	fmt.Printf("%T\n", scale) // "func(*main.Point, float64)"
	path := Path{{1, 1}, {2, 2}}
	path.TranslateBy(Point{10, 20}, true)
	path.TranslateBy(Point{1, 1}, false)
	fmt.Println(path, p.Color == red, q)
	cache.Lock()
	cache.mapping["k"] = "v"
	cache.Unlock()
	fmt.Printf("%q %q\n", Lookup("k"), Lookup("x"))
}

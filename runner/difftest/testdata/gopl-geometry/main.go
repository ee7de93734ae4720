// difftest: same
package main

// geometry of chapter 6 of The Go Programming Language: a method
// Distance beside a function of the same name, a Path (a named slice)
// with a method of its own, ScaleBy with a pointer receiver called on an
// addressable value and through a pointer, and a nil receiver that a
// method accepts (the book's linked IntList).

import (
	"fmt"
	"math"
)

type Point struct{ X, Y float64 }

// traditional function
func Distance(p, q Point) float64 {
	return math.Hypot(q.X-p.X, q.Y-p.Y)
}

// same thing, but as a method of the Point type
func (p Point) Distance(q Point) float64 {
	return math.Hypot(q.X-p.X, q.Y-p.Y)
}

func (p *Point) ScaleBy(factor float64) {
	p.X *= factor
	p.Y *= factor
}

// A Path is a journey connecting the points with straight lines.
type Path []Point

// Distance returns the distance traveled along the path.
func (path Path) Distance() float64 {
	sum := 0.0
	for i := range path {
		if i > 0 {
			sum += path[i-1].Distance(path[i])
		}
	}
	return sum
}

// An IntList is a linked list of integers.
// A nil *IntList represents the empty list.
type IntList struct {
	Value int
	Tail  *IntList
}

// Sum returns the sum of the list elements.
func (list *IntList) Sum() int {
	if list == nil {
		return 0
	}
	return list.Value + list.Tail.Sum()
}

func main() {
	p := Point{1, 2}
	q := Point{4, 6}
	fmt.Println(Distance(p, q)) // "5", function call
	fmt.Println(p.Distance(q))  // "5", method call

	perim := Path{
		{1, 1},
		{5, 1},
		{5, 4},
		{1, 1},
	}
	fmt.Println(perim.Distance()) // "12"

	r := &Point{1, 2}
	r.ScaleBy(2)
	fmt.Println(*r) // "{2, 4}"
	pptr := &p
	pptr.ScaleBy(2)
	fmt.Println(p) // "{2, 4}"
	p.ScaleBy(2)   // implicit (&p)
	fmt.Println(p, (*pptr).Distance(q))

	var list *IntList
	fmt.Println(list.Sum())
	list = &IntList{1, &IntList{2, &IntList{3, nil}}}
	fmt.Println(list.Sum(), list.Tail.Tail.Tail.Sum())
	fmt.Printf("%v %+v\n", perim[:2], *list.Tail.Tail)
}

// difftest: same
package main

// A Tour of Go, Methods and pointer indirection: a method with a pointer
// receiver called on a value and a function that needs a pointer, value
// receivers called through pointers, and the choice of receiver that
// changes or copies the Vertex.

import (
	"fmt"
	"math"
)

type Vertex struct {
	X, Y float64
}

func (v *Vertex) Scale(f float64) {
	v.X = v.X * f
	v.Y = v.Y * f
}

func ScaleFunc(v *Vertex, f float64) {
	v.X = v.X * f
	v.Y = v.Y * f
}

func (v Vertex) Abs() float64 {
	return math.Sqrt(v.X*v.X + v.Y*v.Y)
}

func AbsFunc(v Vertex) float64 {
	return math.Sqrt(v.X*v.X + v.Y*v.Y)
}

func (v Vertex) ScaleCopy(f float64) Vertex {
	v.X *= f
	v.Y *= f
	return v
}

func main() {
	v := Vertex{3, 4}
	v.Scale(2)
	ScaleFunc(&v, 10)
	p := &Vertex{4, 3}
	p.Scale(3)
	ScaleFunc(p, 8)
	fmt.Println(v, p)

	w := Vertex{3, 4}
	fmt.Println(w.Abs())
	fmt.Println(AbsFunc(w))
	q := &Vertex{4, 3}
	fmt.Println(q.Abs())
	fmt.Println(AbsFunc(*q))

	c := w.ScaleCopy(5)
	fmt.Println(w, c)
	vs := []Vertex{{1, 1}, {2, 2}}
	for _, x := range vs {
		x.Scale(10)
	}
	fmt.Println(vs)
	for i := range vs {
		vs[i].Scale(10)
	}
	fmt.Println(vs)
	m := map[string]*Vertex{"a": {1, 2}}
	m["a"].Scale(2)
	fmt.Println(*m["a"])
	scale := v.Scale
	scale(0.5)
	abs := Vertex.Abs
	fmt.Println(v, abs(Vertex{6, 8}), (*Vertex).Abs(&v))
}

// difftest: same
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Name() string
}

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return math.Pi * c.R * c.R }
func (c *Circle) Name() string  { return fmt.Sprintf("circle(%g)", c.R) }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string  { return fmt.Sprintf("rect(%gx%g)", r.W, r.H) }

// A list of shapes built in loops: each element keeps the value it was
// given, whichever way it was stored.
func main() {
	var shapes []Shape
	for _, r := range []float64{1, 2} {
		var s Shape = &Circle{r}
		shapes = append(shapes, s)
	}
	for i := 1; i <= 2; i++ {
		shapes = append(shapes, Rect{float64(i), 3})
	}
	for _, r := range []float64{5, 6} {
		shapes = append(shapes, Shape(&Circle{r}))
	}
	byName := map[string]Shape{}
	for _, w := range []float64{7, 8} {
		byName[fmt.Sprint(w)] = Rect{w, 1}
	}
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%s %.2f\n", s.Name(), s.Area())
		total += s.Area()
	}
	fmt.Printf("total %.2f, %s %s\n", total, byName["7"].Name(), byName["8"].Name())
}

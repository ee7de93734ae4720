// difftest: same

// A negative zero handed to the script's own functions, to a generic one,
// in a struct, an array and a complex, and in a value stored as an
// interface, arrives as -0, as Go hands it on.
package main

import (
	"fmt"
	"math"
)

type Vec struct{ X, Y float64 }

type Shape interface{ Area() float64 }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return -c.R * c.R }

func inverse(x float64) float64 { return 1 / x }

func show(label string, x float64) {
	fmt.Printf("%s: %v %.1f signbit=%v\n", label, x, x, math.Signbit(x))
}

func vec(v Vec) string          { return fmt.Sprint(v) }
func grid(a [2]float32) string  { return fmt.Sprint(a) }
func cplx(c complex128) string  { return fmt.Sprint(c) }
func same[T any](x T) string    { return fmt.Sprint(x) }
func pair() (float64, float64)  { return math.Copysign(0, -1), 1 }
func first(a, b float64) string { return fmt.Sprint(a, b) }

func main() {
	for _, x := range []float64{-0.4, 0.4, -2.6} {
		show("rounded", math.Round(x))
	}
	nz := math.Copysign(0, -1)
	fmt.Println(inverse(nz), inverse(0), inverse(nz*2))
	fmt.Println(vec(Vec{nz, 0}), grid([2]float32{0, float32(nz)}), cplx(complex(nz, 0)))
	fmt.Println(same(nz), same(Vec{0, nz}))
	fmt.Println(first(pair()))
	var s Shape = Circle{nz}
	fmt.Println(s.Area(), s)
	f := func() { show("in a literal", nz) }
	f()
	done := make(chan bool)
	go func() {
		show("in a goroutine", nz)
		done <- true
	}()
	<-done
	go func(x float64) {
		show("go statement", x)
		done <- true
	}(nz)
	<-done
	go report(done, nz)
	<-done
}

func report(done chan bool, x float64) {
	show("report", x)
	done <- true
}

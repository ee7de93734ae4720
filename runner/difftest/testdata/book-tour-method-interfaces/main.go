// difftest: refused %T of an interface that may hold F or MyFloat, types on float64 with methods that the interpreter cannot tell from float64
package main

// A Tour of Go, Methods and Interfaces: methods on structs and on a
// named float, pointer receivers, an Abser satisfied by both, interface
// values with their dynamic types, nil receivers and type switches.

import (
	"fmt"
	"math"
)

type Vertex struct {
	X, Y float64
}

func (v Vertex) Abs() float64 { return math.Sqrt(v.X*v.X + v.Y*v.Y) }

func (v *Vertex) Scale(f float64) {
	v.X = v.X * f
	v.Y = v.Y * f
}

type MyFloat float64

func (f MyFloat) Abs() float64 {
	if f < 0 {
		return float64(-f)
	}
	return float64(f)
}

type Abser interface {
	Abs() float64
}

type I interface {
	M()
}

type T struct {
	S string
}

func (t *T) M() {
	if t == nil {
		fmt.Println("<nil>")
		return
	}
	fmt.Println(t.S)
}

type F float64

func (f F) M() { fmt.Println(f) }

func describe(i I) {
	fmt.Printf("(%v, %T)\n", i, i)
}

func do(i interface{}) {
	switch v := i.(type) {
	case int:
		fmt.Printf("Twice %v is %v\n", v, v*2)
	case string:
		fmt.Printf("%q is %v bytes long\n", v, len(v))
	default:
		fmt.Printf("I don't know about type %T!\n", v)
	}
}

func main() {
	v := Vertex{3, 4}
	v.Scale(10)
	fmt.Println(v.Abs())
	p := &Vertex{4, 3}
	p.Scale(3)
	fmt.Println(v, p, *p)

	var a Abser
	f := MyFloat(-math.Sqrt2)
	a = f
	fmt.Println(a.Abs())
	a = &v
	fmt.Println(a.Abs())

	var i I
	var t *T
	i = t
	describe(i)
	i.M()
	i = &T{"hello"}
	describe(i)
	i.M()
	i = F(math.Pi)
	describe(i)
	i.M()

	var e interface{}
	fmt.Printf("(%v, %T)\n", e, e)
	e = 42
	fmt.Printf("(%v, %T)\n", e, e)
	e = "hello"
	s, ok := e.(string)
	fmt.Println(s, ok)
	fl, ok := e.(float64)
	fmt.Println(fl, ok)

	do(21)
	do("hello")
	do(true)
	do(Vertex{1, 2})
}

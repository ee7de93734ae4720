// difftest: same
package main

// Constant expressions of types the program declares on basic types, over
// several lines, and of min and max; untyped constants beyond int64.

import (
	"fmt"
	"math"
)

type Celsius float64
type Count int8
type Mask uint16
type Name string
type Flag bool

const Boiling Celsius = 100
const Limit Count = 127
const All Mask = 0xFFFF
const Who Name = "ann"
const On Flag = true

const big = 1 << 100
const huge = big * big
const neg = -big

const multi = 1 +
	2*3 -
	4

const lo = min(3, 1, 2)
const hi = max(2.5, 1)
const mixed = min(Limit, 5)

func main() {
	a := Boiling - 1
	fmt.Printf("%v %T %x %.3f\n", a, a, int(a), a/3)
	b := Limit - 1
	fmt.Printf("%v %T %x\n", b, b, b)
	c := All ^ 0x0F0F
	fmt.Printf("%v %T %x %b\n", c, c, c, c)
	d := Who + "!"
	fmt.Printf("%v %T %x %q\n", d, d, d, d)
	e := !On
	fmt.Printf("%v %T\n", e, e)
	f := Boiling / 3
	fmt.Printf("%v %T %.20f\n", f, f, f)
	g := Celsius(math.Pi) * Boiling
	fmt.Printf("%v %T\n", g, g)
	fmt.Println(big>>98, huge>>190, neg>>98, float64(big), big/3%1000)
	fmt.Printf("%v %T %x\n", big>>40, big>>40, big>>40)
	fmt.Printf("%v %T\n", float64(huge), float64(huge))
	fmt.Println(multi, lo, hi, mixed)
	fmt.Printf("%T %T %T\n", lo, hi, mixed)
	h := Limit/2 + 3
	fmt.Printf("%v %T %x\n", h, h, h)
	var i Count = -Limit - 1
	fmt.Printf("%v %T %x %08b\n", i, i, i, uint8(i))
	j := Mask(1<<15) | All>>4
	fmt.Printf("%v %T %x\n", j, j, j)
	k := Celsius(1)/3 + Boiling*0.1
	fmt.Printf("%v %T %g\n", k, k, k)
	l := min(Boiling, 37.5, Celsius(40))
	fmt.Printf("%v %T\n", l, l)
	mm := max(Limit-100, 3)
	fmt.Printf("%v %T\n", mm, mm)
	n := min(1<<62, big>>40)
	fmt.Printf("%v %T\n", n, n)
	o := max(0.1+0.2, 0.3)
	fmt.Printf("%v %T %.20f\n", o, o, o)
	p := Boiling +
		Boiling*2 -
		1
	fmt.Printf("%v %T\n", p, p)
	const q = Boiling - 1
	fmt.Printf("%v %T\n", q, q)
	r := Limit - Limit/Limit + 1
	fmt.Printf("%v %T\n", r, r)
	fmt.Println(big%7, big/big, (big-1)&0xFF, big>>100, uint64(big>>37))
	fmt.Printf("%x %X %o %b\n", big>>38, big>>39, big>>90, big>>95)
}

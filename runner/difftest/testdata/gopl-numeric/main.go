// difftest: same
package main

// The numeric work of chapter 3 of The Go Programming Language, without
// the SVG and PNG: integer overflow and conversion, %x %o %c verbs with
// [1] and #, floats with NaN and Inf, complex numbers and a Mandelbrot set
// drawn in characters, strings and runes, and untyped constants.

import (
	"fmt"
	"math"
	"math/cmplx"
	"unicode/utf8"
)

func mandelbrot(z complex128) byte {
	const iterations = 200
	const contrast = 15
	var v complex128
	for n := uint8(0); n < iterations; n++ {
		v = v*v + z
		if cmplx.Abs(v) > 2 {
			return " .:-=+*#%@"[(contrast*n/10)%10]
		}
	}
	return '@'
}

func main() {
	var u uint8 = 255
	fmt.Println(u, u+1, u*u) // "255 0 1"
	var i int8 = 127
	fmt.Println(i, i+1, i*i) // "127 -128 1"
	f := 1e100
	g, h := 1.9, -2.5
	fmt.Println(int64(g), int(h), f > math.MaxInt64)
	o := 0666
	fmt.Printf("%d %[1]o %#[1]o\n", o)
	x := int64(0xdeadbeef)
	fmt.Printf("%d %[1]x %#[1]x %#[1]X\n", x)
	ascii := 'a'
	unicode := '国'
	newline := '\n'
	fmt.Printf("%d %[1]c %[1]q\n", ascii)
	fmt.Printf("%d %[1]c %[1]q\n", unicode)
	fmt.Printf("%d %[1]q\n", newline)
	for x := 0; x < 8; x++ {
		fmt.Printf("x = %d e^x = %8.3f\n", x, math.Exp(float64(x)))
	}
	var z float64
	fmt.Println(z, -z, 1/z, -1/z, z/z)
	nan := math.NaN()
	fmt.Println(nan == nan, nan < nan, nan > nan, math.IsNaN(nan))
	var c complex128 = complex(1, 2)
	d := complex(3, 4)
	fmt.Println(c*d, real(c*d), imag(c*d), 1i*1i, cmplx.Sqrt(-1), cmplx.Abs(d))
	for py := 0; py < 12; py++ {
		y := float64(py)/12*2 - 1
		row := make([]byte, 40)
		for px := range row {
			x := float64(px)/40*3 - 2
			row[px] = mandelbrot(complex(x, y))
		}
		fmt.Printf("%s|\n", row)
	}
	s := "Hello, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), s[7:], string(s[7]), []rune(s)[7])
	for i, r := range "Hi, 世\xffx" {
		fmt.Printf("%d\t%q\t%d\n", i, r, r)
	}
	fmt.Println(string(rune(65)), string(rune(0x4eac)), string(rune(1234567)))
	const big = 1 << 100
	fmt.Println(big>>98, math.Pi*2, float32(math.Pi))
	fmt.Printf("%T %T %T %T\n", 0, 0.0, 0i, '\000')
}

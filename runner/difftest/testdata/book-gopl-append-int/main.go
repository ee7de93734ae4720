// difftest: same
package main

// The Go Programming Language, 4.2.1: appendInt grows its slice by
// doubling and prints the capacity at each step; a variadic version, and
// the built-in append's result compared element by element.

import "fmt"

func appendInt(x []int, y int) []int {
	var z []int
	zlen := len(x) + 1
	if zlen <= cap(x) {
		z = x[:zlen]
	} else {
		zcap := zlen
		if zcap < 2*len(x) {
			zcap = 2 * len(x)
		}
		z = make([]int, zlen, zcap)
		copy(z, x)
	}
	z[len(x)] = y
	return z
}

func appendInts(x []int, y ...int) []int {
	var z []int
	zlen := len(x) + len(y)
	if zlen <= cap(x) {
		z = x[:zlen]
	} else {
		zcap := zlen
		if zcap < 2*len(x) {
			zcap = 2 * len(x)
		}
		z = make([]int, zlen, zcap)
		copy(z, x)
	}
	copy(z[len(x):], y)
	return z
}

func main() {
	var x, y []int
	for i := 0; i < 10; i++ {
		y = appendInt(x, i)
		fmt.Printf("%d cap=%d\t%v\n", i, cap(y), y)
		x = y
	}
	z := appendInts(x, 10, 11, 12)
	fmt.Println(len(z), cap(z), z)
	var b []int
	for i := 0; i < 13; i++ {
		b = append(b, i)
	}
	same := len(b) == len(z)
	for i := range b {
		same = same && b[i] == z[i]
	}
	fmt.Println(same)
	shared := x[:3]
	shared = appendInt(shared, 99)
	fmt.Println(x[:5], shared)
}

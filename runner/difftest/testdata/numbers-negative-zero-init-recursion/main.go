// difftest: same

// A negative zero handed on by functions that package variables'
// initialisers call, and by recursive and mutually recursive functions,
// arrives as -0.
package main

import (
	"fmt"
	"math"
)

var nz = math.Copysign(0, -1)

var early = halve(nz, 3)

var table = buildTable()

func buildTable() map[string]string {
	return map[string]string{"neg": show(nz), "half": show(halve(nz, 1))}
}

func show(x float64) string { return fmt.Sprint(x) }

func halve(x float64, n int) float64 {
	if n == 0 {
		return x
	}
	return halve(x/2, n-1)
}

func even(x float64, n int) bool {
	if n == 0 {
		return math.Signbit(x)
	}
	return odd(x, n-1)
}

func odd(x float64, n int) bool {
	if n == 0 {
		return !math.Signbit(x)
	}
	return even(x, n-1)
}

func main() {
	fmt.Println(early, table["neg"], table["half"])
	fmt.Println(halve(nz, 10), halve(-1, 2000), even(nz, 4), odd(nz, 3))
}

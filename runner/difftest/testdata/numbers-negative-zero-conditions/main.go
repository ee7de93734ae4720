// difftest: same

// A negative zero handed to the script's functions in the operands of
// && and ||, a switch, a for condition and the results of several
// values arrives as -0.
package main

import (
	"errors"
	"fmt"
	"math"
)

func div(a, b float64) (float64, error) {
	if b == 0 {
		return 0, errors.New("div by zero")
	}
	return a / b, nil
}

func fwd(a, b float64) (float64, error) { return div(a, b) }

func isNeg(x float64) bool { return math.Signbit(x) }

func pair(x float64) (float64, float64) { return x, -x }

func main() {
	nz := math.Copysign(0, -1)
	q, err := div(nz, 2)
	fmt.Println(q, err)
	q, err = fwd(1, nz)
	fmt.Println(q, err)
	a, b := pair(nz)
	fmt.Println(a, b)
	switch isNeg(nz) {
	case true:
		fmt.Println("neg")
	}
	switch {
	case isNeg(nz) && !isNeg(-nz):
		fmt.Println("case &&")
	}
	m := map[bool]string{true: "T", false: "F"}
	fmt.Println(m[isNeg(nz)], !isNeg(nz) || isNeg(nz), isNeg(nz) == true)
	for _, v := range []float64{nz, 0} {
		if isNeg(v) || v > 1 {
			fmt.Println("loop neg", v)
		}
	}
	ok := isNeg(nz)
	ok = ok && isNeg(nz)
	fmt.Println(ok)
	ch := make(chan bool, 1)
	ch <- isNeg(nz)
	fmt.Println(<-ch)
	res := []bool{isNeg(nz), isNeg(nz) && true}
	fmt.Println(res)
	fmt.Println(func() bool { return isNeg(nz) && isNeg(nz) }())
	var x bool
	if x = isNeg(nz); x && isNeg(nz) {
		fmt.Println("init")
	}
}

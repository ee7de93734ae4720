// difftest: same
package main

// err shadowed by := inside if/else and for blocks: the outer err stays
// nil and the failure is lost; a result variable shadowed in a block;
// the fix assigns with =.

import (
	"errors"
	"fmt"
	"strconv"
)

func parseAll(in []string) (total int, err error) {
	for _, s := range in {
		n, err := strconv.Atoi(s)
		if err != nil {
			fmt.Println("inner err:", err)
			break
		}
		total += n
	}
	return total, err
}

func parseAllFixed(in []string) (total int, err error) {
	for _, s := range in {
		var n int
		n, err = strconv.Atoi(s)
		if err != nil {
			return total, err
		}
		total += n
	}
	return total, nil
}

func step(i int) (int, error) {
	if i == 2 {
		return 0, errors.New("step 2 failed")
	}
	return i * 10, nil
}

func main() {
	fmt.Println(parseAll([]string{"1", "2", "x", "4"}))
	fmt.Println(parseAllFixed([]string{"1", "2", "x", "4"}))

	var err error
	if v, err := step(1); err != nil {
		fmt.Println("a", err)
	} else if w, err := step(v / 5); err != nil {
		fmt.Println("b failed:", err, w)
	} else {
		fmt.Println("c", v, w)
	}
	fmt.Println("outer err after chain:", err)

	x := 1
	if x > 0 {
		x := x + 100
		x++
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)

	var result string
	for i := range 3 {
		result, err := step(i)
		_ = result
		if err != nil {
			fmt.Println("loop", i, err)
		}
	}
	fmt.Printf("%q %v\n", result, err)
}

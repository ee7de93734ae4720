// difftest: same
package main

import (
	"fmt"
	"strconv"
)

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

func main() {
	fmt.Println(mustAtoi("12") + 1)
	var xs []int
	defer fmt.Println("deferred runs before the crash")
	fmt.Println(mustAtoi("x"), xs)
}

// want 12:3 panic: the answer was not 42$
package main

import (
	"errors"
	"fmt"
)

func check(n int) {
	fmt.Println("checking", n)
	if n != 42 {
		panic(errors.New("the answer was not 42"))
	}
}

func main() { check(41) }

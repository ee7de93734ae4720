// difftest: same
package main

import "fmt"

func check(n int) {
	if n > 2 {
		panic(fmt.Sprintf("n is too big: %d", n))
	}
	fmt.Println("ok", n)
}

func main() {
	for i := 1; i <= 5; i++ {
		check(i)
	}
	fmt.Println("never")
}

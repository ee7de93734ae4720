// difftest: same
package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Println("i =", i)
	}
	n := 4
	total := 0
	for i := range n {
		total += i
	}
	fmt.Println(total)
}

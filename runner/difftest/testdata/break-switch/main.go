// difftest: same
package main

import "fmt"

func main() {
	n := 0
	for i := 0; i < 5; i++ {
		switch {
		case i == 2:
			break
		default:
			n += i
		}
	}
	fmt.Println(n)
outer:
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break outer
		}
		fmt.Println("i", i)
	}
	for i := 0; i < 3; i++ {
		select {
		default:
			if i == 1 {
				break
			}
			fmt.Println("select", i)
		}
	}
}

// difftest: same
package main

import "fmt"

func f() int { fmt.Println("f runs"); return 1 }
func g() int { fmt.Println("g runs"); return 5 }

func main() {
	s := make([]int, 2)
	t := []int{}
	defer func() {
		fmt.Println("recovered:", recover() != nil)
		s[g()] = f()
	}()
	s[t[3]] = f()
}

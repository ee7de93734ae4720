// difftest: same
package main

import "fmt"

func f() int { fmt.Println("f runs"); return 1 }

func main() {
	s := make([]int, 2)
	i := 5
	s[1] += f()
	fmt.Println(s)
	s[i] += f()
}

// difftest: same
package main

import "fmt"

// Go calls f before it finds the element s[i], so "f runs" is printed
// before the index panics.
func f() int { fmt.Println("f runs"); return 1 }

func main() {
	s := make([]int, 2)
	i := 5
	s[i] = f()
}

// want 9:2 panic: assignment to entry in nil map
package main

import "fmt"

func main() {
	var scores map[string]int
	fmt.Println(len(scores))
	scores["alice"] = 1
}

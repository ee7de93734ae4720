// want 9:2 panic: assignment to entry in nil map
package main

import "fmt"

func main() {
	var wins map[string]int
	fmt.Println(wins["bob"])
	wins["bob"]++
}

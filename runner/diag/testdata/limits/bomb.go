// want 10:3 out of memory, in the loop here: the script used all of the 64MiB
package main

import "fmt"

func main() {
	fmt.Println("growing")
	var all [][]byte
	for {
		all = append(all, make([]byte, 1<<20))
	}
}

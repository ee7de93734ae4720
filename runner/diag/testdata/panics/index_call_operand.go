// want 11:14 panic: index out of range
package main

import "fmt"

func pick() int { return 4 }

func main() {
	names := []string{"a"}
	fmt.Println(names[0])
	fmt.Println(names[pick()])
}

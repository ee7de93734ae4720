// want 12:3 panic: bad move: rock$
package main

import "fmt"

func main() {
	move := "rock"
	switch move {
	case "paper":
		fmt.Println("ok")
	default:
		panic(fmt.Sprintf("bad move: %s", move))
	}
}

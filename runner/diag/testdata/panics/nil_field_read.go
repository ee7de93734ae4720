// want 11:16 panic: invalid memory address or nil pointer dereference
package main

import "fmt"

type player struct{ score int }

func main() {
	var p *player
	fmt.Println("score:")
	fmt.Println(p.score)
}

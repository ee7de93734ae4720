// want 11:4 panic: invalid memory address or nil pointer dereference
package main

import "fmt"

type player struct{ score int }

func main() {
	var p *player
	fmt.Println("start")
	p.score = 3
}

// want 10:9 stack overflow: pong called itself without end
package main

import "fmt"

type ball struct{ hits int }

func (b *ball) pong() int {
	b.hits++
	return b.ping() + 1
}

func (b *ball) ping() int {
	return b.pong() + 1
}

func main() {
	b := &ball{}
	fmt.Println(b.ping())
}

// want 13:15 panic: invalid memory address or nil pointer dereference
package main

import "fmt"

type reading struct{ celsius float64 }

func main() {
	var cache map[string]reading
	var p *reading
	fmt.Println("caching")
	defer fmt.Println("deferred")
	cache["a"] = *p
	fmt.Println("not reached")
}

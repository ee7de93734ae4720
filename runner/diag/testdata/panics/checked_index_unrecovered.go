// want 16:23 panic: index out of range \[3\] with length 2
package main

import "fmt"

var routes = map[string][]string{"get": {"a", "b"}}

func try(f func()) {
	defer func() { recover() }()
	f()
}

func main() {
	try(func() { panic("x") })
	n := 3
	fmt.Println("route", routes["get"][n])
}

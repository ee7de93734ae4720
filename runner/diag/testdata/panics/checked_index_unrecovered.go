// want 10:9 panic: index out of range \[3\] with length 2
package main

import "fmt"

var routes = map[string][]string{"get": {"a", "b"}}

// route is called where a recover sees its panics, and where none does.
func route(n int) string {
	return routes["get"][n]
}

func try(f func()) {
	defer func() { recover() }()
	f()
}

func main() {
	try(func() { fmt.Println(route(1)) })
	fmt.Println(route(3))
}

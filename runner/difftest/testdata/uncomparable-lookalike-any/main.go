// difftest: refused the interpreter makes type Path []string and []string one type, so comparing interfaces that hold a Path panics naming []string
package main

// A router keeps routes as any: a Path of its own type, beside plain
// []string segments. Comparing two routes held as interfaces panics in Go
// naming main.Path; the program recovers and prints the panic. The
// interpreter made Path a []string at run time and named that.

import (
	"fmt"
	"strings"
)

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }

func sameRoute(a, b any) (same bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cannot compare: %v", r)
		}
	}()
	return a == b, nil
}

func main() {
	segments := []string{"api", "users"}
	fmt.Println("segments:", len(segments))
	routes := []any{Path{"api", "users"}, Path{"api", "users"}, "/health"}
	fmt.Println(sameRoute(routes[0], routes[2]))
	fmt.Println(sameRoute(routes[0], routes[1]))
}

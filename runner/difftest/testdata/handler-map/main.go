// difftest: same
package main

import (
	"fmt"
	"sort"
	"strings"
)

type handler func(args []string) string

type Op string

const (
	Add Op = "add"
	Mul Op = "mul"
)

func main() {
	handlers := map[string]handler{
		"echo":  func(a []string) string { return strings.Join(a, " ") },
		"count": func(a []string) string { return fmt.Sprint(len(a)) },
	}
	handlers["upper"] = func(a []string) string { return strings.ToUpper(strings.Join(a, " ")) }
	names := make([]string, 0, len(handlers))
	for n := range handlers {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, "->", handlers[n]([]string{"a", "b"}))
	}
	if h, ok := handlers["nope"]; !ok {
		fmt.Println("no handler", h == nil)
	}
	for _, op := range []Op{Add, Mul, "div"} {
		switch op {
		case Add:
			fmt.Println(op, 2+3)
		case Mul:
			fmt.Println(op, 2*3)
		default:
			fmt.Println("unknown op", op)
		}
	}
}

// difftest: refused package unique holds only generic functions and types, which the interpreter cannot take from the compiled library
package main

// Go 1.23's unique.Make: handles of equal values are equal, compare as
// cheaply as pointers, serve as map keys, and give the value back.

import (
	"fmt"
	"strings"
	"unique"
)

type Point struct{ X, Y int }

func main() {
	a := unique.Make("socket")
	b := unique.Make(strings.ToLower("SOCKET"))
	c := unique.Make("server")
	fmt.Println(a == b, a == c, a.Value(), c.Value())

	p := unique.Make(Point{1, 2})
	q := unique.Make(Point{X: 1, Y: 2})
	fmt.Println(p == q, p.Value().X+q.Value().Y)

	counts := map[unique.Handle[string]]int{}
	for _, w := range strings.Fields("tcp udp tcp quic tcp udp") {
		counts[unique.Make(w)]++
	}
	fmt.Println(counts[unique.Make("tcp")], counts[unique.Make("udp")], counts[unique.Make("sctp")], len(counts))
	var zero unique.Handle[int]
	fmt.Println(zero == unique.Make(0))
}

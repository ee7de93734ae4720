// difftest: refused cap of a slice grown by append from nothing that does not leave its function, which go build grows into a 32-byte buffer on the stack (4 ints, where the interpreter has 2)
package main

// A port scanner's report collects the open ports it finds and shows how
// the list grew; the list is only counted and joined, never printed
// itself, so go build keeps its first 32 bytes on the stack.

import (
	"fmt"
	"strconv"
	"strings"
)

func isOpen(port int) bool {
	return port%3 == 0 || port == 22
}

func report(from, to int) string {
	var open []int
	for p := from; p <= to; p++ {
		if isOpen(p) {
			open = append(open, p)
		}
	}
	fmt.Println("open:", len(open), "room for:", cap(open))
	names := make([]string, 0, len(open))
	for _, p := range open {
		names = append(names, strconv.Itoa(p))
	}
	return strings.Join(names, ",")
}

func main() {
	fmt.Println(report(20, 23))
	var seen []int
	seen = append(seen, 80, 443)
	fmt.Println(seen, len(seen), cap(seen))
}

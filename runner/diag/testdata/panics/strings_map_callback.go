// want 12:14 panic: index out of range \[1\] with length 1
package main

import (
	"fmt"
	"strings"
)

func main() {
	shift := []rune{1}
	out := strings.Map(func(r rune) rune {
		return r + shift[len(shift)]
	}, "abc")
	fmt.Println(out)
}

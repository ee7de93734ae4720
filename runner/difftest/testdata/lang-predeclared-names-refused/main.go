// difftest: refused the interpreter takes a variable named iota for the constant generator, and cannot declare a type named as a predeclared type

// Names of the universe declared again: a variable and a parameter named
// iota, a type named error inside a function, beside shadowed names that
// run as Go runs them (len, copy, new, string).
package main

import (
	"fmt"
	"strings"
)

const (
	Low = iota
	Mid
	High
)

func scale(iota int) int { return iota * 10 }

func count(words []string) int {
	len := 0
	for range words {
		len++
	}
	return len
}

func main() {
	var iota = 3
	fmt.Println(iota, scale(iota), Low, Mid, High)
	type error struct{ msg string }
	e := error{"bad"}
	fmt.Println(e.msg)
	copy := strings.ToUpper("copy")
	new := func(n int) *int { return &n }
	string := fmt.Sprint(*new(7))
	fmt.Println(copy, string, count(strings.Fields("a b")))
}

// difftest: same
package main

import (
	"fmt"
	"strings"
)

var trace []string

func note(s string) { trace = append(trace, s) }

func inner(n int) {
	defer note("inner first")
	defer func() {
		if n > 1 {
			panic(fmt.Sprintf("inner defer %d", n))
		}
	}()
	if n > 2 {
		panic("inner body")
	}
	note("inner done")
}

func middle(n int) {
	defer note("middle first")
	defer note("middle second")
	inner(n)
	note("middle done")
}

func outer(n int) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("outer recovered ", r)
		}
	}()
	defer note("outer")
	middle(n)
	return "no panic"
}

func main() {
	for n := 1; n <= 3; n++ {
		trace = nil
		msg := outer(n)
		fmt.Println(msg, "|", strings.Join(trace, ", "))
	}
}

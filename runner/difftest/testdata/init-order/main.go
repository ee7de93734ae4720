// difftest: same
package main

import (
	"fmt"
	"strings"
)

// Go initialises each package variable after those its initialiser
// reads, even through a function it calls; the others in the order of
// their declarations.

var log strings.Builder

func note(s string, v int) int { fmt.Fprintln(&log, "init", s); return v + 1 }

var a = note("a", c)
var b = note("b", 0)
var c = note("c", 0)
var d = note("d", 0)

// timeout reads limit, declared below, through a function.
var timeout = seconds() * 1000
var limit = note("limit", 4)

func seconds() int { return limit }

var _ = note("blank", timeout)
var greeting = banner()
var name = strings.ToUpper("socklab")

func banner() string { return "hello, " + name }

var closing = func() string { fmt.Fprintln(&log, "init closing", greeting); return "bye" }()

func main() {
	fmt.Print(log.String())
	fmt.Println(a, b, c, d, timeout, limit, greeting, name, closing)
}

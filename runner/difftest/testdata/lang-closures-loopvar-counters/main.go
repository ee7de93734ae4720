// difftest: same
package main

// Closures over loop variables with Go 1.22's per-iteration semantics:
// a three-clause loop whose body changes i (the change carries to the next
// iteration's copy), closures collected from range over int, a slice and
// a map, a generator closure, closures sharing one captured variable, and
// method values collected in a loop.

import (
	"fmt"
	"slices"
	"strings"
)

type Acc struct{ name string }

func (a Acc) Hello() string { return "hi " + a.name }

func gen() (next func() int, reset func()) {
	n := 0
	next = func() int { n++; return n }
	reset = func() { n = 0 }
	return
}

func main() {
	var fs []func() int
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			i++ // skips ahead; each closure sees its own iteration's i
		}
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] != ptrs[1])
	words := []string{"go", "is", "fun"}
	var ws []func() string
	for i, w := range words {
		ws = append(ws, func() string { return fmt.Sprint(i, strings.ToUpper(w)) })
	}
	words[0] = "GO!"
	for _, f := range ws {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	got := map[string]func() int{}
	for k, v := range m {
		got[k] = func() int { return v * 100 }
	}
	for _, k := range slices.Sorted(func(yield func(string) bool) {
		for k := range got {
			if !yield(k) {
				return
			}
		}
	}) {
		fmt.Print(k, got[k](), " ")
	}
	fmt.Println()
	next, reset := gen()
	next()
	next()
	fmt.Println(next())
	reset()
	fmt.Println(next())
	var hellos []func() string
	for _, a := range []Acc{{"x"}, {"y"}} {
		hellos = append(hellos, a.Hello)
	}
	for _, h := range hellos {
		fmt.Print(h(), ";")
	}
	fmt.Println()
	total := 0
	adders := make([]func(), 0)
	for i := 1; i <= 3; i++ {
		adders = append(adders, func() { total += i })
	}
	for _, add := range adders {
		add()
	}
	fmt.Println(total)
	var j int
	for j = 0; j < 3; j++ {
		defer func() { fmt.Print("j", j, " ") }()
	}
}

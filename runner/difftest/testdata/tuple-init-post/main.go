// difftest: same
package main

// Assignments of several values to elements of interface types in an if,
// switch and for statement's init and a for statement's post, and the
// panics Go raises where they fail (a nil map, an index, a nil pointer),
// recovered; a short declaration that gives nil to a variable it declared
// before.

import "fmt"

func f(i int) any { return i * 10 }

func try(name string, fn func()) {
	defer func() {
		r := recover()
		fmt.Println(name, r)
		if e, ok := r.(error); ok {
			fmt.Println(" error:", e.Error())
		}
	}()
	fn()
}

type box struct{ v any }

func main() {
	try("nil map", func() {
		var m map[string]any
		n := 0
		m["a"], n = nil, 1
		fmt.Println(n)
	})
	try("nil map comma-ok", func() {
		var m map[string]any
		ch := make(chan any, 1)
		ch <- 1
		var ok bool
		m["a"], ok = <-ch
		fmt.Println(ok)
	})
	try("range", func() {
		s := make([]any, 2)
		i, n := 3, 0
		s[i], n = f(1), 2
		fmt.Println(n)
	})
	try("range second", func() {
		s := make([]any, 2)
		i, n := 3, 0
		n, s[i] = 2, f(2)
		fmt.Println(n)
	})
	try("nil pointer", func() {
		var b *box
		n := 0
		b.v, n = f(3), 1
		fmt.Println(n)
	})
	try("range in post", func() {
		s := make([]any, 2)
		for i := 0; i < 5; s[i], i = f(i), i+1 {
		}
	})
	try("switch init", func() {
		m := map[int]any{}
		switch m[1], m[2] = f(1), nil; len(m) {
		case 2:
			fmt.Println("two", m)
		}
	})
	var a any
	a, k := nil, 5
	var e error
	e, j := nil, 4
	fmt.Println(a, k, e, j)

	s := make([]any, 3)
	for i := 0; i < 3; s[i], i = f(i), i+1 {
	}
	fmt.Println(s)
	var fs []func() any
	var last any
	for i := 0; i < 3; last, s[i-1] = f(i), i {
		fs = append(fs, func() any { return i })
		i++
	}
	fmt.Println(last, s, fs[0](), fs[2]())
	if m := map[string]any{}; true {
		if m["k"], s[0] = nil, f(9); len(m) == 1 {
			fmt.Println("one", m, s)
		}
	}
}

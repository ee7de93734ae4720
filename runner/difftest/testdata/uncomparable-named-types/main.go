// difftest: same
// == on two interfaces that hold one uncomparable type of the script on
// a map, a slice or a function type, at the top level and inside a
// function, and such a value as a map[any]'s key: the recovered runtime
// error names the type as Go does.
package main

import "fmt"

type Set map[string]bool

type Path []string

func try(what string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", what, r)
		if err, ok := r.(error); ok {
			fmt.Println(err.Error())
		}
	}()
	f()
}

func main() {
	var a, b any = Set{"x": true}, Set{}
	try("map type", func() { fmt.Println(a == b) })
	var c, d any = Path{"usr"}, Path{"usr"}
	try("slice type", func() { fmt.Println(c == d) })
	type Table map[int]string
	var e, f any = Table{}, Table{}
	try("in a function", func() { fmt.Println(e == f) })
	m := map[any]int{"k": 1}
	try("map key", func() { m[c] = 1 })
	fmt.Println(len(m))
}

// difftest: same
// == on two interfaces that hold one uncomparable struct type, declared
// at the top level and inside a function, and such a value as the key of
// a map[any]: the recovered runtime error names the type as Go does.
package main

import "fmt"

type Batch struct {
	ID    int
	Items []string
}

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
	var a, b any = Batch{1, nil}, Batch{1, nil}
	try("top level", func() { fmt.Println(a == b) })
	type Pair struct{ L, R []int }
	var c, d any = Pair{}, Pair{}
	try("in a function", func() { fmt.Println(c == d) })
	try("different types", func() { fmt.Println(a == c) })
	m := map[any]int{}
	try("map key", func() { m[c] = 1 })
	fmt.Println(len(m))
}

// difftest: same

// A binary tree's in-order iterator, a method value of it, a function
// literal ranged over directly, an iterator of two values ranged over by
// key and by value, and one that ignores yield's false.
package main

import (
	"fmt"
	"iter"
	"strings"
)

type Tree struct {
	Left, Right *Tree
	Val         string
}

func (t *Tree) All() iter.Seq[string] {
	return func(yield func(string) bool) {
		t.push(yield)
	}
}

func (t *Tree) push(yield func(string) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.push(yield) && yield(t.Val) && t.Right.push(yield)
}

func leaky(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		yield(i)
	}
}

func search(t *Tree, prefix string) (string, int) {
	n := 0
	for v := range t.All() {
		n++
		if strings.HasPrefix(v, prefix) {
			return v, n
		}
	}
	return "", n
}

func main() {
	t := &Tree{&Tree{nil, &Tree{Val: "cat"}, "bee"}, &Tree{&Tree{Val: "eel"}, nil, "fox"}, "dog"}
	for v := range t.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(search(t, "e"))
	fmt.Println(search(t, "z"))
	all := t.All
	count := 0
	for range all() {
		count++
	}
	fmt.Println(count)
	for x := range func(yield func(int) bool) {
		for _, v := range []int{3, 1, 4} {
			if !yield(v) {
				return
			}
		}
	} {
		fmt.Print(x)
	}
	fmt.Println()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for i := range leaky {
			if i == 1 {
				break
			}
			fmt.Println("got", i)
		}
	}()
	var seq iter.Seq2[int, string] = func(yield func(int, string) bool) {
		_ = yield(1, "a") && yield(2, "b")
	}
	for k := range seq {
		fmt.Print(k)
	}
	for _, v := range seq {
		fmt.Print(v)
	}
	fmt.Println()
}

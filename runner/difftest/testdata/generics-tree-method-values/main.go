// difftest: same
package main

import (
	"fmt"
	"strings"
)

type Tree[T any] struct {
	Val         T
	Left, Right *Tree[T]
}

func (t *Tree[T]) String() string {
	if t == nil {
		return "()"
	}
	return fmt.Sprintf("(%v %v %v)", t.Left, t.Val, t.Right)
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

type Word string

func (w Word) String() string { return strings.ToUpper(string(w)) }

func main() {
	t := &Tree[int]{2, &Tree[int]{Val: 1}, &Tree[int]{Val: 3}}
	fmt.Println(t)
	str := t.String
	fmt.Println(str())
	var fns []func() string
	fns = append(fns, str, (&Tree[Word]{Val: "hi"}).String)
	for _, f := range fns {
		fmt.Println(f())
	}
	var sum int
	t.Walk(func(v int) { sum += v })
	fmt.Println(sum)
	wt := &Tree[Word]{"b", &Tree[Word]{Val: "a"}, nil}
	wt.Walk(func(w Word) { fmt.Print(w, " ") })
	fmt.Println()
	fmt.Println(wt)
	var nilTree *Tree[int]
	fmt.Println(nilTree)
}

// difftest: same

// A generic tree with a recursive Walk method and a generic Fold with an
// accumulator of another type, over a struct with a String method.
package main

import (
	"fmt"
	"strings"
)

type Node[T any] struct {
	Val      T
	Children []*Node[T]
}

func (n *Node[T]) Add(v T) *Node[T] {
	c := &Node[T]{Val: v}
	n.Children = append(n.Children, c)
	return c
}

func (n *Node[T]) Walk(depth int, f func(int, T)) {
	f(depth, n.Val)
	for _, c := range n.Children {
		c.Walk(depth+1, f)
	}
}

func Fold[T, A any](n *Node[T], acc A, f func(A, T) A) A {
	acc = f(acc, n.Val)
	for _, c := range n.Children {
		acc = Fold(c, acc, f)
	}
	return acc
}

type File struct {
	Name string
	Size int
}

func (f File) String() string { return fmt.Sprintf("%s(%d)", f.Name, f.Size) }

func main() {
	root := &Node[File]{Val: File{"/", 0}}
	src := root.Add(File{"src", 0})
	src.Add(File{"main.go", 1200})
	src.Add(File{"util.go", 300})
	root.Add(File{"README", 80})
	root.Walk(0, func(d int, f File) {
		fmt.Println(strings.Repeat("  ", d) + f.String())
	})
	total := Fold(root, 0, func(a int, f File) int { return a + f.Size })
	fmt.Println("total", total)
	names := Fold(root, []string(nil), func(a []string, f File) []string { return append(a, f.Name) })
	fmt.Println(names, len(names))
	nums := &Node[int]{Val: 1}
	nums.Add(2).Add(3)
	fmt.Println(Fold(nums, 0, func(a, v int) int { return a*10 + v }))
	fmt.Printf("%v\n", nums.Children[0].Val)
}

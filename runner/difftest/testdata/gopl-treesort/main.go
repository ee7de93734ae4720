// difftest: same
package main

// treesort of chapter 4 of The Go Programming Language: a binary tree of
// *tree nodes, a recursive add that returns the new root (a nil *tree is
// an empty tree), appendValues walking it in order into the slice's own
// array; then the SHA256 comparison and the array literals of the same
// chapter, and a struct as a map key.

import (
	"crypto/sha256"
	"fmt"
)

type tree struct {
	value       int
	left, right *tree
}

// Sort sorts values in place.
func Sort(values []int) {
	var root *tree
	for _, v := range values {
		root = add(root, v)
	}
	appendValues(values[:0], root)
}

// appendValues appends the elements of t to values in order
// and returns the resulting slice.
func appendValues(values []int, t *tree) []int {
	if t != nil {
		values = appendValues(values, t.left)
		values = append(values, t.value)
		values = appendValues(values, t.right)
	}
	return values
}

func add(t *tree, value int) *tree {
	if t == nil {
		// Equivalent to return &tree{value: value}.
		t = new(tree)
		t.value = value
		return t
	}
	if value < t.value {
		t.left = add(t.left, value)
	} else {
		t.right = add(t.right, value)
	}
	return t
}

func depth(t *tree) int {
	if t == nil {
		return 0
	}
	return 1 + max(depth(t.left), depth(t.right))
}

type Point struct{ X, Y int }

type address struct {
	hostname string
	port     int
}

func main() {
	data := []int{5, 2, 8, 1, 9, 3, 7, 3, 0, 6}
	Sort(data)
	fmt.Println(data)
	var root *tree
	for _, v := range []int{4, 2, 6, 1, 3, 5, 7} {
		root = add(root, v)
	}
	fmt.Println(depth(root), root.left.value, root.right.right.value, root.left.left.left == nil)

	c1 := sha256.Sum256([]byte("x"))
	c2 := sha256.Sum256([]byte("X"))
	fmt.Printf("%x\n%x\n%t\n%T\n", c1, c2, c1 == c2, c1)
	diff := 0
	for i := range c1 {
		diff += int(PopCount(c1[i] ^ c2[i]))
	}
	fmt.Println("bits that differ:", diff)

	r := [...]int{99: -1}
	q := [...]int{1, 2, 3}
	fmt.Println(len(r), r[99], q, q == [3]int{1, 2, 3})
	hits := make(map[address]int)
	hits[address{"golang.org", 443}]++
	hits[address{"golang.org", 443}]++
	p := Point{1, 2}
	pp := &Point{1, 2}
	fmt.Println(hits, p == *pp, Point{X: 2}, *pp)
}

func PopCount(b byte) int {
	n := 0
	for ; b != 0; b &= b - 1 {
		n++
	}
	return n
}

// difftest: refused the interpreter builds a generic type of two type parameters that holds itself without end, and socklab cannot write out an instance whose type argument is declared inside a function
package main

// A generic search tree instantiated with a key type declared inside
// main: socklab writes each instance of the tree out as a plain type at
// the top level, which cannot name a type of main's body.

import (
	"cmp"
	"fmt"
)

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

func insert[K cmp.Ordered, V any](n *node[K, V], k K, v V) *node[K, V] {
	if n == nil {
		return &node[K, V]{key: k, val: v}
	}
	switch {
	case k < n.key:
		n.left = insert(n.left, k, v)
	case k > n.key:
		n.right = insert(n.right, k, v)
	default:
		n.val = v
	}
	return n
}

func main() {
	type port int
	var root *node[port, string]
	root = insert(root, 80, "http")
	root = insert(root, 22, "ssh")
	fmt.Println(root.key, root.left.val)
}

// difftest: same
package main

// A generic search tree instantiated with a key type declared inside
// main: socklab moves the type to the top level, where it writes each
// instance of the tree out as a plain type that names it.

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

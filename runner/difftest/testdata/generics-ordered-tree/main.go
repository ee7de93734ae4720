// difftest: same
package main

// A generic binary search tree over cmp.Ordered, with methods that insert,
// look up and walk in order, a generic method set on a type parameter's
// pointer, and an iterator over its keys.

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
}

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &node[K, V]{key: k, val: v}
	t.size++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.key {
			n = n.left
		} else if k > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			return n == nil || walk(n.left) && yield(n.key, n.val) && walk(n.right)
		}
		walk(t.root)
	}
}

func main() {
	var t Tree[string, int]
	for i, w := range strings.Fields("the quick brown fox jumps over the lazy dog") {
		t.Put(w, i)
	}
	fmt.Println("size:", t.size)
	for k, v := range t.All() {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	v, ok := t.Get("fox")
	fmt.Println(v, ok)
	v, ok = t.Get("cat")
	fmt.Println(v, ok)

	nums := &Tree[float64, []string]{}
	nums.Put(2.5, []string{"b"})
	nums.Put(2.5, []string{"c", "d"})
	for k, v := range nums.All() {
		fmt.Println(k, v, len(v))
	}
}

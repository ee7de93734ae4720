// difftest: same

// A generic ordered map with iter.Seq2 and iter.Seq methods, iterated by
// range and by iter.Pull and iter.Pull2, stopped early.
package main

import (
	"fmt"
	"iter"
)

type OrderedMap[K comparable, V any] struct {
	keys []K
	m    map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{m: map[K]V{}}
}

func (o *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := o.m[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
}

func (o *OrderedMap[K, V]) Get(k K) (V, bool) { v, ok := o.m[k]; return v, ok }

func (o *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range o.keys {
			if !yield(k, o.m[k]) {
				return
			}
		}
	}
}

func (o *OrderedMap[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range o.All() {
			if !yield(k) {
				return
			}
		}
	}
}

func CountWords(words []string) *OrderedMap[string, int] {
	om := NewOrderedMap[string, int]()
	for _, w := range words {
		n, _ := om.Get(w)
		om.Set(w, n+1)
	}
	return om
}

func main() {
	om := CountWords([]string{"to", "be", "or", "not", "to", "be"})
	for k, v := range om.All() {
		fmt.Printf("%s=%d ", k, v)
	}
	fmt.Println()
	next, stop := iter.Pull(om.Keys())
	defer stop()
	for {
		k, ok := next()
		if !ok {
			break
		}
		fmt.Print(k, ";")
	}
	fmt.Println()
	n2, stop2 := iter.Pull2(om.All())
	k, v, ok := n2()
	fmt.Println(k, v, ok)
	stop2()
	k, v, ok = n2()
	fmt.Printf("%q %d %v\n", k, v, ok)
	v2, ok := om.Get("missing")
	fmt.Println(v2, ok)
}

// difftest: same
package main

// A generic map that keeps its keys in insertion order, with iter.Seq2 and
// iter.Seq methods and a String method that ranges over them.

import (
	"fmt"
	"iter"
	"strings"
)

// OrderedMap keeps its keys in insertion order.
type OrderedMap[K comparable, V any] struct {
	keys []K
	m    map[K]V
}

func New[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{m: map[K]V{}}
}

func (o *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := o.m[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
}

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

func (o *OrderedMap[K, V]) String() string {
	var b strings.Builder
	b.WriteString("{")
	for k, v := range o.All() {
		if b.Len() > 1 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%v: %v", k, v)
	}
	return b.String() + "}"
}

func main() {
	om := New[string, int]()
	for i, w := range strings.Fields("zeta alpha mid alpha") {
		om.Set(w, i)
	}
	fmt.Println(om)
	for k := range om.Keys() {
		fmt.Print(k, " ")
	}
	fmt.Println()
	headers := New[string, []string]()
	headers.Set("Accept", []string{"text/plain"})
	headers.Set("X-Id", []string{"1", "2"})
	fmt.Println(headers.String(), len(headers.keys))
}

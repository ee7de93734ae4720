// difftest: same
package main

import (
	"fmt"
	"sort"
)

// Generic functions that store map elements: a plain assignment, one
// whose value calls, a literal with a call, a cache of any key type.

func put[K comparable, V any](m map[K]V, k K, v V) {
	m[k] = v
}

type Cache[K comparable, V any] struct {
	items map[K]V
	hits  int
}

func (c *Cache[K, V]) Get(k K, load func(K) V) V {
	if v, ok := c.items[k]; ok {
		c.hits++
		return v
	}
	c.items[k] = load(k)
	return c.items[k]
}

func single[K comparable, V any](k K, v func() V) map[K]V {
	return map[K]V{k: v()}
}

func invert[K, V comparable](m map[K]V) map[V]K {
	out := make(map[V]K, len(m))
	for k, v := range m {
		out[v] = k
	}
	return out
}

func main() {
	m := map[string]int{}
	put(m, "a", 1)
	put(m, "b", 2)
	fmt.Println(m)
	c := &Cache[int, string]{items: map[int]string{}}
	for _, k := range []int{1, 2, 1, 3, 2} {
		c.Get(k, func(k int) string { return fmt.Sprint("v", k) })
	}
	fmt.Println(c.items, c.hits)
	fmt.Println(single("k", func() float64 { return 1.5 }))
	inv := invert(map[string]int{"x": 1, "y": 2})
	keys := make([]int, 0, len(inv))
	for k := range inv {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys, inv[1], inv[2])
	pts := map[[2]int]bool{}
	put(pts, [2]int{1, 2}, true)
	fmt.Println(pts)
}

// difftest: same
package main

// A generic LRU cache over container/list, whose methods assert the list's
// values to a generic entry type.

import (
	"container/list"
	"fmt"
)

// LRU is a least-recently-used cache of fixed capacity.
type LRU[K comparable, V any] struct {
	cap   int
	order *list.List
	items map[K]*list.Element
}

type entry[K comparable, V any] struct {
	key K
	val V
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, order: list.New(), items: make(map[K]*list.Element)}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if el, ok := c.items[k]; ok {
		c.order.MoveToFront(el)
		return el.Value.(*entry[K, V]).val, true
	}
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) (evicted K, ok bool) {
	if el, found := c.items[k]; found {
		el.Value.(*entry[K, V]).val = v
		c.order.MoveToFront(el)
		return evicted, false
	}
	c.items[k] = c.order.PushFront(&entry[K, V]{k, v})
	if c.order.Len() > c.cap {
		last := c.order.Back()
		c.order.Remove(last)
		e := last.Value.(*entry[K, V])
		delete(c.items, e.key)
		return e.key, true
	}
	return evicted, false
}

func (c *LRU[K, V]) Keys() []K {
	var ks []K
	for el := c.order.Front(); el != nil; el = el.Next() {
		ks = append(ks, el.Value.(*entry[K, V]).key)
	}
	return ks
}

func main() {
	c := NewLRU[string, int](2)
	c.Put("a", 1)
	c.Put("b", 2)
	v, ok := c.Get("a")
	fmt.Println(v, ok)
	k, ev := c.Put("c", 3)
	fmt.Println("evicted", k, ev)
	_, ok = c.Get("b")
	fmt.Println(ok, c.Keys())
	c.Put("a", 10)
	v, _ = c.Get("a")
	fmt.Println(v, c.Keys(), len(c.items))
	ids := NewLRU[int, []byte](1)
	ids.Put(1, []byte("x"))
	n, ev := ids.Put(2, []byte("y"))
	b, _ := ids.Get(2)
	fmt.Println(n, ev, string(b))
	fmt.Printf("%T\n", ids)
}

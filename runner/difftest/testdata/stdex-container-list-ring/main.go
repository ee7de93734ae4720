// difftest: same
package main

// container/list and container/ring, as their package examples use them:
// a doubly linked list edited in place, and a ring walked, moved and
// summed; then an LRU cache built on the list.

import (
	"container/list"
	"container/ring"
	"fmt"
)

type lru struct {
	cap   int
	order *list.List
	items map[string]*list.Element
}

type pair struct {
	key string
	val int
}

func (c *lru) Get(k string) (int, bool) {
	e, ok := c.items[k]
	if !ok {
		return 0, false
	}
	c.order.MoveToFront(e)
	return e.Value.(pair).val, true
}

func (c *lru) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value = pair{k, v}
		c.order.MoveToFront(e)
		return
	}
	c.items[k] = c.order.PushFront(pair{k, v})
	if c.order.Len() > c.cap {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.items, last.Value.(pair).key)
	}
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	l.MoveToBack(e1)
	l.Remove(e4)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()

	r := ring.New(5)
	n := r.Len()
	for i := 0; i < n; i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(p any) { fmt.Print(p.(int), " ") })
	fmt.Println()
	r = r.Move(2)
	sum := 0
	r.Do(func(p any) { sum += p.(int) })
	fmt.Println(r.Value, sum)
	removed := r.Unlink(2)
	fmt.Println(r.Len(), removed.Len())

	c := &lru{cap: 2, order: list.New(), items: map[string]*list.Element{}}
	c.Put("a", 1)
	c.Put("b", 2)
	c.Get("a")
	c.Put("c", 3)
	_, okB := c.Get("b")
	va, okA := c.Get("a")
	fmt.Println(okB, va, okA, c.order.Front().Value, c.order.Len())
}

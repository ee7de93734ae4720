// difftest: same
package main

// An LRU cache on container/list and a map of *list.Element (MoveToFront,
// Remove, Back), its state rendered with strings.Builder and a
// bytes.Buffer (WriteString, ReadString, Truncate, Next, UnreadByte), and
// a container/ring of the last evictions.

import (
	"bytes"
	"container/list"
	"container/ring"
	"fmt"
	"strings"
)

type entry struct {
	key string
	val int
}

type LRU struct {
	cap     int
	ll      *list.List
	items   map[string]*list.Element
	evicted *ring.Ring
}

func NewLRU(n int) *LRU {
	return &LRU{cap: n, ll: list.New(), items: map[string]*list.Element{}, evicted: ring.New(2)}
}

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).val, true
	}
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		old := c.ll.Remove(c.ll.Back()).(*entry)
		delete(c.items, old.key)
		c.evicted.Value = old.key
		c.evicted = c.evicted.Next()
	}
}

func (c *LRU) String() string {
	var b strings.Builder
	b.WriteByte('[')
	for e := c.ll.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry)
		fmt.Fprintf(&b, "%s=%d", en.key, en.val)
		if e.Next() != nil {
			b.WriteString(" ")
		}
	}
	b.WriteRune(']')
	return b.String()
}

func main() {
	c := NewLRU(3)
	for i, k := range strings.Split("a b c a d b e a", " ") {
		if _, ok := c.Get(k); !ok {
			c.Put(k, i)
		}
		fmt.Println(k, c)
	}
	var ev []string
	c.evicted.Do(func(v any) {
		if v != nil {
			ev = append(ev, v.(string))
		}
	})
	fmt.Println("last evicted:", ev, "len", c.ll.Len())

	var buf bytes.Buffer
	buf.WriteString("alpha,beta,gamma\n")
	fmt.Fprintf(&buf, "%s|%d\n", c, c.ll.Len())
	first, err := buf.ReadString(',')
	fmt.Printf("%q %v %d\n", first, err, buf.Len())
	buf.UnreadByte()
	fmt.Printf("%q\n", buf.Next(6))
	line, _ := buf.ReadBytes('\n')
	fmt.Printf("%q\n", line)
	buf.Truncate(3)
	fmt.Printf("%q cap>0=%v\n", buf.String(), buf.Cap() > 0)
	rest, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", rest, err)
	var sb strings.Builder
	sb.Grow(8)
	for i := 3; i > 0; i-- {
		fmt.Fprint(&sb, i, "..")
	}
	fmt.Println(sb.String(), sb.Len())
}

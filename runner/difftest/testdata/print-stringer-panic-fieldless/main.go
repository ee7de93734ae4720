// difftest: same
// Failed assertions in String methods of values of a struct type of no
// fields and of what a sync.Map holds.
package main

import (
	"fmt"
	"sync"
)

type done struct{}

type Slot struct{ v any }

func (s Slot) String() string {
	_ = s.v.(done)
	return "done"
}

type Cache struct{ m *sync.Map }

func (c Cache) String() string {
	v, _ := c.m.Load("k")
	return fmt.Sprint(v.(int) + 1)
}

func main() {
	fmt.Println(Slot{v: done{}}, Slot{v: 1}, Slot{})
	m := &sync.Map{}
	m.Store("k", 41)
	fmt.Println(Cache{m})
	m.Store("k", "str")
	fmt.Println(Cache{m})
	m.Store("k", done{})
	fmt.Println(Cache{m})
}

// difftest: same
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	m.Store("a", 1)
	prev, loaded := m.Swap("a", 2)
	fmt.Println(prev, loaded)
	prev, loaded = m.Swap("b", 3)
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndSwap("a", 2, 20), m.CompareAndSwap("a", 2, 30))
	fmt.Println(m.CompareAndDelete("b", 4), m.CompareAndDelete("b", 3))
	v, ok := m.LoadOrStore("c", 5)
	fmt.Println(v, ok)
	v, ok = m.LoadAndDelete("c")
	fmt.Println(v, ok)
	var keys []string
	m.Range(func(k, v any) bool { keys = append(keys, fmt.Sprint(k, "=", v)); return true })
	sort.Strings(keys)
	fmt.Println(keys)
	m.Clear()
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("after clear:", n)
}

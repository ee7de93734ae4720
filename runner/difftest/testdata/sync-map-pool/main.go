// difftest: same
package main

// sync.Map for a cache that goroutines fill at once, LoadOrStore and
// CompareAndSwap on it, sync.Pool handing out buffers, and sync.OnceFunc.

import (
	"bytes"
	"fmt"
	"sort"
	"sync"
)

var bufPool = sync.Pool{
	New: func() any {
		return new(bytes.Buffer)
	},
}

func render(name string, n int) string {
	b := bufPool.Get().(*bytes.Buffer)
	defer bufPool.Put(b)
	b.Reset()
	fmt.Fprintf(b, "%s=%d", name, n)
	return b.String()
}

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			key := fmt.Sprintf("k%d", i%5)
			actual, loaded := m.LoadOrStore(key, i%5*10)
			_ = loaded
			_ = actual
		}(i)
	}
	wg.Wait()
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, ":", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	v, ok := m.Load("k3")
	fmt.Println(v, ok)
	fmt.Println(m.CompareAndSwap("k3", 30, 33), m.CompareAndSwap("k3", 30, 34))
	prev, loaded := m.Swap("k3", 35)
	fmt.Println(prev, loaded)
	m.Delete("k0")
	_, ok = m.Load("k0")
	val, loaded := m.LoadAndDelete("k1")
	fmt.Println(ok, val, loaded)
	m.Clear()
	n := 0
	m.Range(func(_, _ any) bool { n++; return true })
	fmt.Println("after clear:", n)

	var lines []string
	for i := 0; i < 3; i++ {
		lines = append(lines, render("item", i))
	}
	fmt.Println(lines)
	hello := sync.OnceFunc(func() { fmt.Println("once only") })
	hello()
	hello()
	vals := sync.OnceValues(func() (int, error) { fmt.Println("computed"); return 7, nil })
	a, err := vals()
	b, _ := vals()
	fmt.Println(a, b, err)
}

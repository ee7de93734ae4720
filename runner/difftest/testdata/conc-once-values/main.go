// difftest: same
package main

// sync.Once, OnceFunc, OnceValue and OnceValues called from several
// goroutines, and a OnceFunc whose panic each call raises again.

import (
	"fmt"
	"sync"
)

var calls int

func load() map[string]int {
	calls++
	return map[string]int{"a": 1}
}

func main() {
	get := sync.OnceValue(func() int { calls++; return 42 })
	f := sync.OnceFunc(func() { fmt.Println("once func") })
	pair := sync.OnceValues(func() (string, error) { return "cfg", nil })
	var wg sync.WaitGroup
	var once sync.Once
	var m map[string]int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { m = load() })
			_ = get()
			f()
		}()
	}
	wg.Wait()
	s, err := pair()
	fmt.Println(m, get(), calls, s, err)
	p := sync.OnceFunc(func() { panic("boom") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			p()
		}()
	}
}

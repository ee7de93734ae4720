// difftest: same
package main

// Function literals that assign a struct literal to a variable of the
// function around them: sync.Once filling a configuration, a deferred
// recover setting a named result, goroutines storing their result, a
// generic struct, a literal two levels down, an anonymous struct.

import (
	"errors"
	"fmt"
	"sync"
)

type Result struct {
	ID  int
	Err error
}

type Pair[T any] struct{ A, B T }

type Config struct {
	Host string
	Port int
}

var (
	cfg  Config
	once sync.Once
)

func load() Config {
	once.Do(func() {
		cfg = Config{Host: "localhost", Port: 8080}
	})
	return cfg
}

func safeDiv(a, b int) (res Result) {
	defer func() {
		if r := recover(); r != nil {
			res = Result{ID: a, Err: fmt.Errorf("recovered: %v", r)}
		}
	}()
	return Result{ID: a / b}
}

func main() {
	fmt.Println(load())
	fmt.Println(safeDiv(6, 3))
	fmt.Println(safeDiv(1, 0))
	var wg sync.WaitGroup
	results := make([]Result, 3)
	var last Result
	var mu sync.Mutex
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = Result{ID: i}
			if i == 2 {
				mu.Lock()
				last = Result{ID: i * 10, Err: errors.New("last")}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(results, last)
	var p Pair[string]
	set := func(a, b string) { p = Pair[string]{a, b} }
	set("x", "y")
	fmt.Println(p)
	var local Config
	func() {
		func() {
			local = Config{"deep", 1}
		}()
	}()
	fmt.Println(local)
	var anon struct{ N int }
	apply := func() { anon = struct{ N int }{42} }
	apply()
	fmt.Println(anon)
	var c2 Config
	func() { c2 = Config{} }()
	c2.Port = 5
	func() { c2 = Config{Host: "h"} }()
	fmt.Println(c2)
}

// difftest: same
package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"sync"
	"time"
)

// sync.OnceValue and OnceValues (Go 1.21), math/rand/v2's N and
// reflect.TypeFor (Go 1.22) are generic, which the interpreter's library
// lacks: the rewrite writes each out for its types, a panic of OnceValue's
// function kept for every call.
type Config struct{ Name string }

func load() (*Config, error) {
	fmt.Println("loading")
	return &Config{"main"}, nil
}

func main() {
	f := sync.OnceFunc(func() { fmt.Println("once") })
	f()
	f()
	get := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(get(), get())
	cfg := sync.OnceValues(load)
	c, err := cfg()
	c2, _ := cfg()
	fmt.Println(c.Name, err, c == c2)
	bad := sync.OnceValue(func() string { panic(errors.New("boom")) })
	for range 2 {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			fmt.Println(bad())
		}()
	}
	var wg sync.WaitGroup
	calls := 0
	shared := sync.OnceValue(func() []int { calls++; return []int{1, 2} })
	for range 4 {
		wg.Add(1)
		go func() { defer wg.Done(); _ = shared() }()
	}
	wg.Wait()
	fmt.Println(calls, shared())
	d := rand.N(5 * time.Second)
	fmt.Println(d >= 0 && d < 5*time.Second)
	n := rand.N[uint8](3)
	fmt.Println(n < 3)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		rand.N(0)
	}()
	fmt.Println(reflect.TypeFor[int](), reflect.TypeFor[error](), reflect.TypeFor[[]time.Duration]())
	fn := sync.OnceValue[string]
	h := fn(func() string { return "value" })
	fmt.Println(h())
}

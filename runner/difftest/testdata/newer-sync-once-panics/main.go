// difftest: same
package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

func main() {
	calls := 0
	init := sync.OnceFunc(func() { calls++; fmt.Println("init runs") })
	var wg sync.WaitGroup
	for range 5 {
		wg.Add(1)
		go func() { defer wg.Done(); init() }()
	}
	wg.Wait()
	init()
	fmt.Println("calls:", calls)

	port := sync.OnceValue(func() int { fmt.Println("parsing"); n, _ := strconv.Atoi("8080"); return n })
	fmt.Println(port(), port())

	load := sync.OnceValues(func() (string, error) { return "", errors.New("no config") })
	for range 2 {
		v, err := load()
		fmt.Printf("%q %v\n", v, err)
	}

	boom := sync.OnceFunc(func() { panic("first call fails") })
	for i := range 2 {
		func() {
			defer func() { fmt.Println(i, "recovered:", recover()) }()
			boom()
		}()
	}
	val := sync.OnceValue(func() int { panic(fmt.Sprintf("bad %d", 7)) })
	for i := range 2 {
		func() {
			defer func() { fmt.Println(i, "recovered:", recover()) }()
			fmt.Println(val())
		}()
	}
	f := sync.OnceFunc
	g := f(func() { fmt.Println("via a value") })
	g()
	g()
}

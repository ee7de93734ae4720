// difftest: same
package main

import (
	"fmt"
	"sync"
)

func main() {
	x := 1
	done := make(chan bool)
	go func() {
		x++
		done <- true
	}()
	<-done
	fmt.Println(x)
	var mu sync.Mutex
	total := 0
	add := func(n int) {
		mu.Lock()
		total += n
		mu.Unlock()
	}
	var wg sync.WaitGroup
	wg.Add(3)
	go func() { defer wg.Done(); add(1) }()
	go func() { defer wg.Done(); add(10) }()
	go func() { defer wg.Done(); add(100) }()
	wg.Wait()
	fmt.Println(total)
	makeAdder := func(base int) func(int) int {
		return func(n int) int { return base + n }
	}
	a5, a10 := makeAdder(5), makeAdder(10)
	fmt.Println(a5(1), a10(1))
}

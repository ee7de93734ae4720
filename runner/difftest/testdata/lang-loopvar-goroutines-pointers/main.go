// difftest: same

// Per-iteration loop variables since Go 1.22: closures and pointers of
// three-clause and range loops, goroutines writing by index, and a loop
// variable changed inside its body.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	results := make([]string, 4)
	var wg sync.WaitGroup
	for i, name := range []string{"a", "b", "c", "d"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = fmt.Sprintf("%d:%s", i, name)
		}()
	}
	wg.Wait()
	fmt.Println(results)

	var mu sync.Mutex
	seen := map[int]bool{}
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen[i] = true
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(len(seen), seen[0], seen[4])

	// loop var modified within body: each iteration has its own copy
	var gs []func() int
	for i := 0; i < 6; i++ {
		gs = append(gs, func() int { return i })
		i++
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	ch := make(chan int, 3)
	for i := range 3 {
		go func() { ch <- i * i }()
	}
	sum := 0
	for range 3 {
		sum += <-ch
	}
	fmt.Println("sum", sum)
}

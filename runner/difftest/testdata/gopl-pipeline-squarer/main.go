// difftest: same
package main

// The Go Programming Language, 8.4: a pipeline of three goroutines joined
// by unidirectional channels, closed by each sender when it is done; and
// 8.5's parallel loop that collects results with a WaitGroup.

import (
	"fmt"
	"sort"
	"sync"
)

func counter(out chan<- int) {
	for x := 0; x < 10; x++ {
		out <- x
	}
	close(out)
}

func squarer(out chan<- int, in <-chan int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func printer(in <-chan int) {
	for v := range in {
		fmt.Println(v)
	}
}

func sizes(names []string) int {
	lengths := make(chan int)
	var wg sync.WaitGroup
	for _, n := range names {
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			lengths <- len(name)
		}(n)
	}
	go func() {
		wg.Wait()
		close(lengths)
	}()
	var total int
	for l := range lengths {
		total += l
	}
	return total
}

func main() {
	naturals := make(chan int)
	squares := make(chan int)
	go counter(naturals)
	go squarer(squares, naturals)
	printer(squares)

	fmt.Println("total:", sizes([]string{"alpha.jpg", "beta.png", "gamma.gif"}))

	results := make(chan string, 4)
	var wg sync.WaitGroup
	for _, w := range []string{"one", "two", "three", "four"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- w
		}()
	}
	wg.Wait()
	close(results)
	var got []string
	for r := range results {
		got = append(got, r)
	}
	sort.Strings(got)
	fmt.Println(got)
	v, ok := <-results
	fmt.Println(v == "", ok)
}

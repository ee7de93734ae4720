// difftest: same
package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make(chan int)
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- i * i
		}()
	}
	sum := 0
	for r := range results {
		sum += r
		fmt.Println("partial", r > -1)
	}
	wg.Wait()
	fmt.Println(sum)
}

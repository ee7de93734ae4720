// difftest: same
package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg sync.WaitGroup, out chan<- int) {
	defer wg.Done()
	out <- id * 10
}

func main() {
	var wg sync.WaitGroup
	out := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, wg, out)
	}
	wg.Wait()
	close(out)
	for v := range out {
		fmt.Println(v)
	}
}

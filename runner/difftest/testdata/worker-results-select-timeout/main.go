// difftest: same

package main

// A worker pool whose worker still waits for jobs when main has its
// results: a select with a timeout tells that no more come.

import (
	"fmt"
	"time"
)

func worker(id int, jobs <-chan int, results chan<- string) {
	for j := range jobs {
		results <- fmt.Sprintf("w%d:%d", id, j*j)
	}
}

func main() {
	jobs := make(chan int)
	results := make(chan string)
	go worker(1, jobs, results)
	go func() {
		for i := range 3 {
			jobs <- i
		}
	}()
	for range 3 {
		fmt.Println(<-results)
	}
	select {
	case r := <-results:
		fmt.Println("unexpected", r)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("no more results; the worker still waits for jobs")
	}
}

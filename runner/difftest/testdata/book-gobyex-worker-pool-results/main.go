// difftest: same
// sort: lines
package main

// Go by Example, Worker Pools: three workers take five jobs from a
// channel and send results back; the order of their lines varies.

import (
	"fmt"
	"time"
)

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		fmt.Println("worker started  job", j)
		time.Sleep(10 * time.Millisecond)
		fmt.Println("worker finished job", j, id > 0)
		results <- j * 2
	}
}

func main() {
	const numJobs = 5
	jobs := make(chan int, numJobs)
	results := make(chan int, numJobs)

	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)

	sum := 0
	for a := 1; a <= numJobs; a++ {
		sum += <-results
	}
	fmt.Println("sum of results", sum)
}

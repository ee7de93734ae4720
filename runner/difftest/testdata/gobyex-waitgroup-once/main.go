// difftest: same
// sort: lines
package main

// Go by Example, WaitGroups and Worker Pools: workers that take jobs from
// a channel and report on another, a WaitGroup for the end, sync.Once for
// a setup done once, and errors collected from the workers.

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

var (
	setupOnce sync.Once
	setups    int
)

func setup() {
	setups++
	fmt.Println("setup ran")
}

func worker(jobs <-chan int, results chan<- int, errs chan<- error, wg *sync.WaitGroup) {
	defer wg.Done()
	setupOnce.Do(setup)
	for j := range jobs {
		fmt.Println("a worker started  job", j)
		time.Sleep(time.Millisecond)
		if j%4 == 0 {
			errs <- fmt.Errorf("job %d: %w", j, errBadJob)
			continue
		}
		fmt.Println("a worker finished job", j)
		results <- j * 2
	}
}

var errBadJob = errors.New("bad job")

func main() {
	const numJobs = 9
	jobs := make(chan int, numJobs)
	results := make(chan int, numJobs)
	errs := make(chan error, numJobs)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(jobs, results, errs, &wg)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	close(errs)
	sum := 0
	for r := range results {
		sum += r
	}
	var all []error
	for err := range errs {
		all = append(all, err)
	}
	joined := errors.Join(all...)
	fmt.Println("sum of results:", sum, "setups:", setups)
	fmt.Println("failures:", len(all), errors.Is(joined, errBadJob))
	v := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(v(), v())
}

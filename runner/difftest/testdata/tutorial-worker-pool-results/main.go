// difftest: same
package main

import (
	"fmt"
	"slices"
	"sync"
	"time"
)

type Job struct {
	ID    int
	Input string
}

type Outcome struct {
	Job
	Worker int
	Len    int
	Err    error
}

func (o Outcome) String() string {
	if o.Err != nil {
		return fmt.Sprintf("job %d failed: %v", o.ID, o.Err)
	}
	return fmt.Sprintf("job %d %q -> %d", o.ID, o.Input, o.Len)
}

func worker(id int, jobs <-chan Job, results chan<- Outcome, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Millisecond)
		o := Outcome{Job: j, Worker: id}
		if j.Input == "" {
			o.Err = fmt.Errorf("empty input for job %d", j.ID)
		} else {
			o.Len = len(j.Input)
		}
		results <- o
	}
}

func main() {
	inputs := []string{"alpha", "", "gamma", "delta", "epsilon", "", "eta"}
	jobs := make(chan Job, len(inputs))
	results := make(chan Outcome, len(inputs))
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i, in := range inputs {
		jobs <- Job{i + 1, in}
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Outcome
	for r := range results {
		all = append(all, r)
	}
	slices.SortFunc(all, func(a, b Outcome) int { return a.ID - b.ID })
	total := 0
	for _, o := range all {
		fmt.Println(o)
		total += o.Len
	}
	failed := slices.DeleteFunc(slices.Clone(all), func(o Outcome) bool { return o.Err == nil })
	fmt.Println("total", total, "failed", len(failed), failed[0].Job, failed[len(failed)-1].ID)
	fmt.Printf("%v\n%+v\n", all[0].Job, all[1].Job)
	byWorker := map[int]int{}
	for _, o := range all {
		byWorker[o.Worker]++
	}
	sum := 0
	for w := range 4 {
		sum += byWorker[w]
	}
	fmt.Println(sum)
}

// difftest: same
package main

// A worker pool whose results are gathered from a channel, ranked through a
// container/heap priority queue and re-sorted with slices.SortFunc and
// cmp.Compare; a mutex-guarded tally and an atomic counter on the side.

import (
	"cmp"
	"container/heap"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

type result struct {
	id    int
	score int
	name  string
}

type pq []*result

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	if q[i].score != q[j].score {
		return q[i].score > q[j].score
	}
	return q[i].id < q[j].id
}
func (q pq) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)   { *q = append(*q, x.(*result)) }
func (q *pq) Pop() any {
	old := *q
	n := len(old)
	it := old[n-1]
	*q = old[:n-1]
	return it
}

func main() {
	jobs := make(chan int)
	results := make(chan result, 4)
	var done atomic.Int32
	var mu sync.Mutex
	perWorker := map[int]int{}
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := range jobs {
				results <- result{id: j, score: (j * 37) % 11, name: fmt.Sprintf("job-%02d", j)}
				done.Add(1)
				mu.Lock()
				perWorker[w]++
				mu.Unlock()
			}
		}(w)
	}
	go func() {
		for i := 1; i <= 12; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(results) }()

	q := &pq{}
	heap.Init(q)
	for r := range results {
		heap.Push(q, &r)
	}
	fmt.Println("done:", done.Load(), "queued:", q.Len())
	var top []result
	for q.Len() > 0 && len(top) < 5 {
		top = append(top, *heap.Pop(q).(*result))
	}
	for _, r := range top {
		fmt.Printf("%-7s score=%2d\n", r.name, r.score)
	}
	slices.SortFunc(top, func(a, b result) int { return cmp.Compare(a.id, b.id) })
	fmt.Printf("%+v\n", top)
	total := 0
	for _, n := range perWorker {
		total += n
	}
	fmt.Println("tally", total, len(perWorker) <= 3)
}

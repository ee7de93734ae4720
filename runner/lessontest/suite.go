package lessontest

import "sync"

// RunAll runs tests, jobs at a time, and returns the results of the tests
// that ran, in the order of tests. It calls report (when not nil) with each
// result as its test ends, one call at a time. After Stop, no further test
// starts.
func (h *Harness) RunAll(tests []Test, jobs int, report func(Result)) []Result {
	jobs = max(1, min(jobs, len(tests)))
	results := make([]Result, len(tests))
	next := make(chan int)
	var reporting sync.Mutex
	var workers sync.WaitGroup
	for range jobs {
		workers.Go(func() {
			for i := range next {
				h.running.Add(1)
				results[i] = h.Run(tests[i])
				h.running.Add(-1)
				if report != nil {
					reporting.Lock()
					report(results[i])
					reporting.Unlock()
				}
			}
		})
	}
	ran := 0
	for i := range tests {
		select {
		case next <- i:
			ran = i + 1
		case <-h.stopped:
		}
		if h.stopping() {
			break
		}
	}
	close(next)
	workers.Wait()
	var done []Result
	for _, r := range results[:ran] {
		if r.Test.Lesson != nil {
			done = append(done, r)
		}
	}
	return done
}

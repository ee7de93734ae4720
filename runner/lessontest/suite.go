package lessontest

import "sync"

// RunAll runs tests, jobs at a time, and returns the results of the tests
// that ran, in the order of tests. It calls report (when not nil) with each
// result as its test ends, one call at a time. After Stop, no further test
// starts.
func (h *Harness) RunAll(tests []Test, jobs int, report func(Result)) []Result {
	return h.RunAllWith(tests, jobs, nil, report)
}

// RunAllWith is RunAll, with prepare (when not nil) called with each test
// just before it starts, so that what earlier tests of the same work
// found can shape it (Test.Endless). Tests of one submission
// (Test.Submission) run one at a time, in order, while tests of other work
// run beside them; prepare and report are called one at a time, and a
// test's report comes before the next test of its submission is prepared.
func (h *Harness) RunAllWith(tests []Test, jobs int, prepare func(*Test), report func(Result)) []Result {
	jobs = max(1, min(jobs, len(tests)))
	results := make([]Result, len(tests))
	q := newQueue(tests)
	var calls sync.Mutex
	var workers sync.WaitGroup
	for range jobs {
		workers.Go(func() {
			for !h.stopping() {
				i, ok := q.take()
				if !ok {
					return
				}
				if h.stopping() {
					q.done(i)
					return
				}
				t := tests[i]
				if prepare != nil {
					calls.Lock()
					prepare(&t)
					calls.Unlock()
				}
				h.running.Add(1)
				results[i] = h.Run(t)
				h.running.Add(-1)
				if report != nil {
					calls.Lock()
					report(results[i])
					calls.Unlock()
				}
				q.done(i)
			}
		})
	}
	workers.Wait()
	var done []Result
	for _, r := range results {
		if r.Test.Lesson != nil {
			done = append(done, r)
		}
	}
	return done
}

// queue hands out tests in order, each when its submission has no other
// test running.
type queue struct {
	tests []Test
	mu    sync.Mutex
	ended *sync.Cond     // a test ended
	next  []int          // indexes of the tests not yet taken, in order
	busy  map[string]int // tests running, by submission
}

func newQueue(tests []Test) *queue {
	q := &queue{tests: tests, busy: map[string]int{}}
	q.ended = sync.NewCond(&q.mu)
	for i := range tests {
		q.next = append(q.next, i)
	}
	return q
}

// take returns the next test to run, waiting while every test left
// belongs to a submission with a test running; false when none is left.
func (q *queue) take() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.next) > 0 {
		for k, i := range q.next {
			if s := q.tests[i].Submission; s == "" || q.busy[s] == 0 {
				q.next = append(q.next[:k], q.next[k+1:]...)
				q.busy[s]++
				return i, true
			}
		}
		q.ended.Wait()
	}
	return 0, false
}

// done says that test i ended.
func (q *queue) done(i int) {
	q.mu.Lock()
	q.busy[q.tests[i].Submission]--
	q.mu.Unlock()
	q.ended.Broadcast()
}

// difftest: same
// stderr: panic
package main

// A job runner that recovers the panics of its jobs: a job that fails
// with the runner's own retryable error is tried again, and anything
// else is raised again with panic(r) after the runner has said so. The
// last job's fatal error, a pointer to a type of the script, ends the
// program: Go reports it with its Error text and [recovered, repanicked].

import (
	"errors"
	"fmt"
)

type retryable struct{ reason string }

func (r retryable) Error() string { return "retry: " + r.reason }

type fatal struct {
	job  string
	code int
}

func (f *fatal) Error() string { return fmt.Sprintf("%s failed for good (code %d)", f.job, f.code) }

var tries = map[string]int{}

func job(name string) {
	tries[name]++
	switch {
	case name == "fetch" && tries[name] < 3:
		panic(retryable{"server busy"})
	case name == "store":
		panic(&fatal{name, 7})
	}
	fmt.Println(name, "done after", tries[name], "tries")
}

// attempt runs the job once and reports whether to try it again.
func attempt(name string) (again bool) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		var rt retryable
		if err, ok := r.(error); ok && errors.As(fmt.Errorf("%s: %w", name, err), &rt) {
			fmt.Println(name, "will retry:", rt.reason)
			again = true
			return
		}
		fmt.Printf("%s: giving up on %v (%T)\n", name, r, r)
		panic(r)
	}()
	job(name)
	return false
}

func main() {
	for _, name := range []string{"fetch", "index", "store"} {
		for attempt(name) {
		}
	}
}

package hostgo

import (
	"runtime"
	"testing"
	"time"
)

// TestCount starts goroutines of socklab's own and of a script's, and
// checks that Count leaves out the first only, while they run and once
// they have ended.
func TestCount(t *testing.T) {
	before := settled()
	stop := make(chan struct{})
	ended := make(chan struct{})
	for range 3 {
		Go(func() { <-stop; ended <- struct{}{} })
	}
	scripts := make(chan struct{})
	for range 2 {
		go func() { <-scripts }()
	}
	if got, want := Count(), before+2; got != want {
		t.Errorf("with 3 goroutines of socklab's and 2 of the script's: Count() = %d, want %d (NumGoroutine %d)", got, want, runtime.NumGoroutine())
	}
	close(stop)
	for range 3 {
		<-ended // each may still be ending: Count must not see it either way
		if got, want := Count(), before+2; got != want {
			t.Errorf("while socklab's goroutines end: Count() = %d, want %d", got, want)
		}
	}
	close(scripts)
}

// TestBeside: a goroutine that Beside starts is left out of every count
// made after it has done its work, though it has not ended, or ends only
// later.
func TestBeside(t *testing.T) {
	before := settled()
	done := make(chan struct{})
	stay := make(chan struct{})
	for range 3 {
		Beside(func() {
			done <- struct{}{}
			<-stay // still running when counted
		})
	}
	for range 3 {
		<-done
	}
	if got := Count(); got != before {
		t.Errorf("with 3 goroutines of socklab's started by Beside, still running: Count() = %d, want %d", got, before)
	}
	close(stay)
}

// settled returns Count() once the goroutines that earlier tests left
// ending have ended: once the number of goroutines holds still.
func settled() int {
	n := runtime.NumGoroutine()
	for range 100 {
		time.Sleep(10 * time.Millisecond)
		m := runtime.NumGoroutine()
		if m == n {
			break
		}
		n = m
	}
	return Count()
}

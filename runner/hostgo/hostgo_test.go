package hostgo

import (
	"runtime"
	"testing"
)

// TestCount starts goroutines of socklab's own and of a script's, and
// checks that Count leaves out the first only, while they run and once
// they have ended.
func TestCount(t *testing.T) {
	before := runtime.NumGoroutine()
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

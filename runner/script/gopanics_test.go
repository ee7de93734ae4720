package script

import (
	"runtime"
	"sync/atomic"
	"testing"
)

func TestPanicRunning(t *testing.T) {
	if panicRunning() {
		t.Fatal("a panic runs before the test raises one")
	}
	in, out := make(chan bool), make(chan bool)
	go func() {
		defer func() { recover(); close(out) }()
		defer func() { in <- true; <-in }()
		panic("worker")
	}()
	<-in
	if !panicRunning() {
		t.Error("no panic seen while a deferred call runs for one")
	}
	in <- true
	<-out
	awaitGoPanics(0)
	if panicRunning() {
		t.Error("a recovered panic still seen after awaitGoPanics")
	}
}

// As main's wg.Wait returns once a panicking worker's deferred wg.Done
// has run, awaitGoPanics returns once its last deferred call has.
func TestAwaitGoPanicsDeferredCalls(t *testing.T) {
	var last atomic.Bool
	woken := make(chan bool)
	own := runtime.NumGoroutine()
	go func() {
		defer func() { recover() }()
		defer func() {
			for range 20 {
				runtime.Gosched()
			}
			last.Store(true)
		}()
		defer func() { woken <- true }() // wg.Done
		panic("worker")
	}()
	<-woken
	awaitGoPanics(own)
	if !last.Load() {
		t.Error("awaitGoPanics returned before the panicking goroutine's deferred calls ended")
	}
}

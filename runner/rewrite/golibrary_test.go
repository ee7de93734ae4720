package rewrite_test

import "testing"

// TestGoLibrary checks which functions that Go's library runs on a
// goroutine of its own go through one that reports their panic: those of
// time.AfterFunc, context.AfterFunc and sync.WaitGroup's Go (whose report
// says the library raised the panic again), in a package that panics with
// a value other than a string.
func TestGoLibrary(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want, not []string
	}{
		{"after func and a wait group's go", `package main

import (
	"context"
	"sync"
	"time"
)

type Code int

func main() {
	var wg sync.WaitGroup
	time.AfterFunc(time.Second, func() { panic(Code(1)) })
	context.AfterFunc(context.Background(), func() {})
	wg.Go(func() { panic(Code(2)) })
	wg.Wait()
}
`, []string{
			"time.AfterFunc(time.Second, _goLater",
			"context.AfterFunc(context.Background(), _goLater",
			"wg.Go(_goLater",
			"(f func()) func() { return func() { defer func() { if r := recover(); r != nil { _sl",
			".GoPanic(r) } }(); f() } }",
			".GoPanicAgain(r) } }(); f() } }",
		}, nil},
		{"strings only", `package main

import (
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	time.AfterFunc(time.Second, func() { panic("late") })
	wg.Go(func() { panic("boom") })
	wg.Wait()
}
`, nil, []string{"_goLater", "GoPanic"}},
	} {
		t.Run(c.name, func(t *testing.T) { liftHolds(t, c.src, c.want, c.not) })
	}
}

package lift

import (
	"sync/atomic"

	"github.com/petermattis/goid"
)

// A panic that no recover stops ends a Go program with the report of its
// value, on whatever goroutine it was raised. The interpreter raises a
// script's panic(x) as the reflect.Value of x: on the goroutine that runs
// main, the runner takes it and reports the value as Go does (see
// PanicText), but on another goroutine nothing of socklab's ran before
// Go's runtime crashed the process and printed reflect.Value's String
// (<int Value>, <error Value>). So the rewrite (pass gopanic) runs the
// function of each go statement, in a script that panics with a value,
// inside one whose outermost deferred call hands GoPanic what recover
// returns there: the panic that nothing else stopped, once every deferred
// call of the goroutine has run.

// goPanic reports a panic that no recover stopped on a goroutine other
// than main's and ends the process; see OnGoPanic.
var goPanic atomic.Pointer[func(v any)]

// OnGoPanic makes report the end of a goroutine whose panic no recover
// stopped: it reports v as the runner reports a panic of main's goroutine,
// and ends the process. report runs on the goroutine that panicked, where
// the panic's position is known (see diag.Take).
func OnGoPanic(report func(v any)) { goPanic.Store(&report) }

// GoPanic ends the script with the report of v, what recover returned in
// the outermost deferred call of a goroutine's function: a panic that no
// recover of the script stopped. A nil v (the function returned, or the
// goroutine ended by runtime.Goexit) does nothing. Without a report
// registered, v is raised again, for Go's runtime to report.
func GoPanic(v any) {
	if v == nil {
		return
	}
	reporting.Store(true)
	if report := goPanic.Load(); report != nil {
		(*report)(v)
	}
	panic(v)
}

// reporting is set once a goroutine's panic that no recover stopped has
// reached GoPanic, which ends the process: Go's runtime has set its
// panicking by then, which keeps main from returning.
var reporting atomic.Bool

// GoPanicking reports whether a goroutine's panic that no recover stopped
// is being reported (GoPanic), which ends the process before long: the
// script's main, which has returned, must not end it first, as a Go
// build's main does not, and its exit status is the panic's.
func GoPanicking() bool { return reporting.Load() }

// againOn is the goroutine whose panic GoPanicAgain reports, which
// Repanicked marks.
var againOn atomic.Int64

// GoPanicAgain is GoPanic for the function that sync.WaitGroup's Go runs:
// Go's library recovers its panic and raises it again, which the report
// marks " [recovered, repanicked]" after the value.
func GoPanicAgain(v any) {
	if v == nil {
		return
	}
	againOn.Store(goid.Get())
	GoPanic(v)
}

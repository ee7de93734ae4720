package lift

import "reflect"

// A loop over a function, which the rewrite (runner/rewrite, pass
// rangefunc) writes as a call of the function with a yield function
// literal, keeps a state that Go checks at each call of yield: a sequence
// that calls yield again once the loop's body has returned false (a
// break), once the loop is over, or once the body panicked, panics with
// Go's runtime error, and so does one that recovers a panic of the body
// and returns. The literal calls RangeFuncState with that state, which
// panics with the error that a loop compiled by Go raises for it, and the
// code after the call RangeFuncRecovered.

// The states of a loop over a function, as the rewritten yield keeps them.
const (
	rangeReady    = 0 // the body may run
	rangeDone     = 1 // the body returned false (break, return, a branch out)
	rangeExited   = 2 // the loop is over
	rangePanicked = 3 // the body runs, or panicked
)

func rangeFuncSymbols() map[string]reflect.Value {
	return map[string]reflect.Value{"RangeFuncState": reflect.ValueOf(RangeFuncState), "RangeFuncRecovered": reflect.ValueOf(RangeFuncRecovered)}
}

// RangeFuncState panics, where state is not ready, with the runtime error
// that Go raises for a yield called in that state.
func RangeFuncState(state int) {
	switch state {
	case rangeDone:
		seq := func(yield func() bool) { yield(); yield() }
		for range seq {
			break
		}
	case rangeExited:
		var saved func() bool
		seq := func(yield func() bool) { saved = yield }
		for range seq {
		}
		saved()
	case rangePanicked:
		seq := func(yield func() bool) {
			defer func() { recover(); yield() }()
			yield()
		}
		for range seq {
			panic(rangePanicked)
		}
	}
}

// RangeFuncRecovered panics with the runtime error that Go raises where
// the call of a sequence returns after its loop's body panicked: the
// sequence recovered the panic and did not raise it again.
func RangeFuncRecovered() {
	seq := func(yield func() bool) {
		defer func() { recover() }()
		yield()
	}
	for range seq {
		panic(rangePanicked)
	}
}

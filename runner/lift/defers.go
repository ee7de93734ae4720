package lift

import (
	"reflect"
	"sync"
	"sync/atomic"

	"github.com/petermattis/goid"

	"github.com/socklab/socklab/runner/diag"
)

// Defers is the frame of the deferred calls of one call of a function that
// defers several. The interpreter runs a function's deferred calls in a
// loop that a panic of one of them ends: the others never run, and a
// recover() in one of them cannot take that panic. Go runs them all, each
// with the newest panic in flight, and goes on panicking after the last
// unless one recovered it. The rewritten function (runner/rewrite, pass
// deferframe) makes a Defers on entry, defers End first (so that it runs
// last), and defers each call through Func, FuncError or Call, which catch
// its panic here, so that the interpreter's loop goes on to the next.
type Defers struct {
	panicking bool
	value     any       // the newest panic of a deferred call, while panicking
	held      diag.Held // where it started
}

// NewDefers returns the frame of a function's deferred calls.
func NewDefers() *Defers { return new(Defers) }

// Func returns fn as a deferred call of d.
func (d *Defers) Func(fn func()) func() { return func() { d.run(fn) } }

// FuncError returns fn as a deferred call of d.
func (d *Defers) FuncError(fn func() error) func() error {
	return func() (err error) {
		d.run(func() { err = fn() })
		return err
	}
}

// Call returns fn, a function of any type, as a deferred call of d, of the
// same type.
func (d *Defers) Call(fn any) any {
	v := reflect.ValueOf(fn)
	t := v.Type()
	return reflect.MakeFunc(t, func(in []reflect.Value) (out []reflect.Value) {
		d.run(func() {
			if t.IsVariadic() {
				out = v.CallSlice(in)
			} else {
				out = v.Call(in)
			}
		})
		if out == nil { // it panicked: the results are never read
			out = make([]reflect.Value, t.NumOut())
			for i := range out {
				out[i] = reflect.Zero(t.Out(i))
			}
		}
		return out
	}).Interface()
}

// End is deferred first by the function, to run after its other deferred
// calls: it raises again the panic that one of them left unrecovered.
func (d *Defers) End() {
	if !d.panicking {
		return
	}
	v := d.value
	d.panicking, d.value = false, nil
	d.held.Rethrow()
	panic(v)
}

// run calls fn, a deferred call, and catches its panic, which becomes the
// one in flight. While a panic of an earlier deferred call is in flight,
// fn's recover() may take it (see recovered).
func (d *Defers) run(fn func()) {
	if d.panicking {
		defer enter(deferredCall{d: d})()
	}
	defer d.catch()
	fn()
}

func (d *Defers) catch() {
	if v := recover(); v != nil {
		d.panicking, d.value, d.held = true, v, diag.Hold()
	}
}

// A deferredCall is a deferred call under way whose recover() compiled
// code answers: one of a frame of deferred calls while a panic of an
// earlier one is in flight (d), or a function value deferred as such
// (take, see Deferred), or both.
type deferredCall struct {
	d     *Defers
	take  func() any // ends the panic of the function that deferred the call, and returns it
	depth int        // for d: the interpreter's frames on the stack below the call
}

// inFlight counts the deferred calls under way that compiled code answers,
// so that recover() pays nothing when there are none.
var inFlight atomic.Int64

// calls holds each goroutine's innermost such call.
var calls sync.Map // goroutine id -> deferredCall

// enter notes c, a deferred call under way on this goroutine, and returns
// what ends it. A call of a frame's deferred function value is one call
// that both note, the value's (Deferred) around the frame's: it keeps what
// both know.
func enter(c deferredCall) func() {
	g := goid.Get()
	old, had := calls.Load(g)
	if c.d != nil {
		c.depth = diag.InterpreterCalls()
		if o, _ := old.(deferredCall); had && o.d == nil && o.take != nil && c.take == nil && valueCallBelow() {
			c.take = o.take
		}
	}
	calls.Store(g, c)
	inFlight.Add(1)
	return func() {
		inFlight.Add(-1)
		if had {
			calls.Store(g, old)
		} else {
			calls.Delete(g)
		}
	}
}

// recovered returns the panic that a script's recover() takes, and ends
// it, when the recover() is called directly by a deferred call that
// compiled code answers for, as Go requires, and v, what the
// interpreter's recover returned, does not hold it already: the newest
// panic of the frame's deferred calls, which the interpreter's recover
// cannot see; or else the panic of the function that deferred a function
// value, which the interpreter's recover looks for in the frame the
// function was made in.
func recovered(v any) (any, bool) {
	if inFlight.Load() == 0 {
		return nil, false
	}
	c, ok := calls.Load(goid.Get())
	if !ok {
		return nil, false
	}
	call := c.(deferredCall)
	if call.d != nil {
		if diag.InterpreterCalls() != call.depth+1 {
			return nil, false
		}
	} else if v != nil || !directValueCall() {
		return nil, false // the interpreter's recover took the panic itself (a declared function's)
	}
	if d := call.d; d != nil && d.panicking {
		p := d.value
		d.held.Restore()
		d.panicking, d.value = false, nil
		if v == nil && call.take != nil {
			call.take() // the older panic ends with the newest, as in Go
		}
		return p, true
	}
	if v != nil || call.take == nil {
		return nil, false
	}
	p := call.take()
	if p == nil {
		return nil, false
	}
	return p, true
}

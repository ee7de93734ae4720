package lift

import (
	"reflect"
	"runtime"
	"sync"
)

// Deferred returns fn, a function value that a script defers (defer
// catch(), where catch holds a function literal), as the deferred call.
// Go's recover() stops the panic when the deferred function calls it
// directly, whatever made the function; the interpreter's recover looks
// for the panic in the frame the function literal was made in, where it
// never is. take is a function the rewritten file declares, whose
// recover() the interpreter answers from the frame that deferred the call
// (see runner/rewrite, pass deferredvalue): while fn runs, a recover() that
// fn calls directly takes the panic through take (see Recovered), and a
// panic no one takes goes on from that frame as it would have.
func Deferred(fn func(), take func() any) func() {
	return func() {
		defer enter(deferredCall{take: take})()
		callValue(fn)
	}
}

// deferredSymbols are the functions of Deferred's kind that rewritten
// source calls.
func deferredSymbols() map[string]reflect.Value {
	return map[string]reflect.Value{
		"Deferred":     reflect.ValueOf(Deferred),
		"DeferredCall": reflect.ValueOf(DeferredCall),
	}
}

// DeferredCall is Deferred for a function of any other type: it returns
// fn as the deferred call, of the same type.
func DeferredCall(fn any, take func() any) any {
	v := reflect.ValueOf(fn)
	t := v.Type()
	return reflect.MakeFunc(t, func(in []reflect.Value) []reflect.Value {
		defer enter(deferredCall{take: take})()
		return callValueArgs(v, in, t.IsVariadic())
	}).Interface()
}

// callValue and callValueArgs call a deferred function value: a recover()
// is called directly by it when the interpreter runs one call of the
// script between the recover and one of them on the stack (see
// directValueCall).
//
//go:noinline
func callValue(fn func()) { fn() }

//go:noinline
func callValueArgs(v reflect.Value, in []reflect.Value, variadic bool) []reflect.Value {
	if variadic {
		return v.CallSlice(in)
	}
	return v.Call(in)
}

// The kinds of function a frame of the stack runs, as directValueCall
// tells them apart.
const (
	kindCall      = 1 << iota // a call of the script (the interpreter's runCfg)
	kindValueCall             // callValue or callValueArgs
)

// windows bound the frames directValueCall and valueCallBelow look at,
// the first at once: a deferred value's direct recover() is a few frames
// above its callValue.
var windows = [...]int{10, 64}

var (
	// valueCallers are the names of callValue and callValueArgs, looked up
	// in the binary's tables at the first recover() that asks, not in every
	// process's start.
	valueCallers = sync.OnceValue(func() map[string]bool {
		return map[string]bool{funcName(callValue): true, funcName(callValueArgs): true}
	})
	pcKinds sync.Map // program counter -> its kinds, found once
)

// directValueCall reports whether its caller's caller, a recover() of the
// script, is called directly by the innermost deferred function value
// under way: one call of the script lies between it and callValue.
func directValueCall() bool {
	var pcs [64]uintptr
	for _, w := range windows {
		n := runtime.Callers(3, pcs[:w])
		calls := 0
		for _, pc := range pcs[:n] {
			k := kindsAt(pc)
			if k&kindValueCall != 0 {
				return calls == 1
			}
			if k&kindCall != 0 {
				if calls++; calls > 1 {
					return false
				}
			}
		}
		if n < w {
			return false
		}
	}
	return false
}

// valueCallBelow reports whether its caller's caller was called by a
// deferred function value's callValue, with no call of the script
// between.
func valueCallBelow() bool {
	var pcs [64]uintptr
	for _, w := range windows {
		n := runtime.Callers(3, pcs[:w])
		for _, pc := range pcs[:n] {
			k := kindsAt(pc)
			if k&kindValueCall != 0 {
				return true
			}
			if k&kindCall != 0 {
				return false
			}
		}
		if n < w {
			return false
		}
	}
	return false
}

// kindsAt returns the kinds of the functions that a return address of the
// stack is in, those inlined there among them.
func kindsAt(pc uintptr) int {
	if k, ok := pcKinds.Load(pc); ok {
		return k.(int)
	}
	k := 0
	frames := runtime.CallersFrames([]uintptr{pc})
	for {
		f, more := frames.Next()
		switch {
		case f.Function == runCfg:
			k |= kindCall
		case valueCallers()[f.Function]:
			k |= kindValueCall
		}
		if !more {
			break
		}
	}
	pcKinds.Store(pc, k)
	return k
}

// runCfg is the interpreter's function that runs one call of the script.
const runCfg = "github.com/traefik/yaegi/interp.runCfg"

func funcName(fn any) string {
	return runtime.FuncForPC(reflect.ValueOf(fn).Pointer()).Name()
}

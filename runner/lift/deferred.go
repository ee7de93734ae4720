package lift

import "reflect"

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
		fn()
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
		if t.IsVariadic() {
			return v.CallSlice(in)
		}
		return v.Call(in)
	}).Interface()
}

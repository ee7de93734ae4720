package lift

import "reflect"

// panicValueSymbols is Panic, which pass panicsentinel calls.
func panicValueSymbols() map[string]reflect.Value {
	return map[string]reflect.Value{"Panic": reflect.ValueOf(Panic)}
}

// Panic panics with v itself. The interpreter's panic raises the
// reflect.Value of its argument, which compiled code that recovers and
// compares what it got sees as another value: net/http drops a handler's
// panic(http.ErrAbortHandler) without a word where it is that error, and
// logs it as a crash otherwise.
func Panic(v any) { panic(v) }

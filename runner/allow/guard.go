package allow

import (
	"os"
	"reflect"

	"github.com/socklab/socklab/runner/fsgate"
)

var errorType = reflect.TypeOf((*error)(nil)).Elem()

// guard wraps fn so that its string arguments at pathArgs pass fsgate.Check
// first. A refused path returns zero values and the gate's error, which
// fn's last result must be able to hold. An empty directory argument of the
// temp functions means the system's temp folder, which lies outside too.
func guard(op string, fn any, pathArgs ...int) reflect.Value {
	v := reflect.ValueOf(fn)
	t := v.Type()
	if t.NumOut() == 0 || t.Out(t.NumOut()-1) != errorType {
		panic("guard: " + op + " does not return an error")
	}
	return reflect.MakeFunc(t, func(args []reflect.Value) []reflect.Value {
		for _, i := range pathArgs {
			p := args[i].String()
			if p == "" && (op == "mkdirtemp" || op == "createtemp") {
				p = os.TempDir()
			}
			if err := fsgate.Check(op, p); err != nil {
				return failed(t, err)
			}
		}
		if t.IsVariadic() {
			return v.CallSlice(args)
		}
		return v.Call(args)
	})
}

// failed returns the zero results of a function of type t, err last.
func failed(t reflect.Type, err error) []reflect.Value {
	out := make([]reflect.Value, t.NumOut())
	for j := range out {
		out[j] = reflect.Zero(t.Out(j))
	}
	out[len(out)-1] = reflect.ValueOf(&err).Elem()
	return out
}

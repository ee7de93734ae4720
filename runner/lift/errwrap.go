package lift

import (
	"reflect"
	"unsafe"

	"github.com/traefik/yaegi/interp"
)

// ErrorWrapperTable returns the table that makes the interpreter i hand a
// script's error to compiled code with its Unwrap, Is and As methods (see
// ErrorWrappers), or nil if this interpreter keeps its error wrapper
// elsewhere. The interpreter finds the wrappers of its error wrapper by
// that wrapper's symbol value, which it keeps to itself (under the import
// path "", which no table can name): it is read from the interpreter.
func ErrorWrapperTable(i *interp.Interpreter) interp.Exports {
	f := reflect.ValueOf(i).Elem().FieldByName("binPkg")
	if !f.IsValid() || f.Type() != reflect.TypeFor[interp.Exports]() {
		return nil
	}
	pkgs := *(*interp.Exports)(unsafe.Pointer(f.UnsafeAddr()))
	w, ok := pkgs[""]["_error"]
	if !ok {
		return nil
	}
	return interp.Exports{".": {"MapTypes": reflect.ValueOf(map[reflect.Value][]reflect.Type{w: ErrorWrappers})}}
}

package lift

import "reflect"

// The interpreter's assertion to the empty interface (v.(any),
// v.(interface{}), v.(Event) with type Event interface{}) never succeeds:
// its single-value form panicked with "interface conversion: nil is not
// any" whatever v held, and its comma-ok form gave nil and false. In Go it
// gives v's dynamic value, and fails only where v is nil. Package rewrite
// (pass toempty) hands such assertions to these functions, which assert
// in compiled code.

// AssertAny is x.(any): x itself, or Go's own *runtime.TypeAssertionError
// (interface conversion: interface is nil, not interface {}) where x is
// nil.
func AssertAny(x any) any { return x.(any) }

// AssertAnyOK is the comma-ok form of x.(any): x, and whether it is not
// nil.
func AssertAnyOK(x any) (any, bool) {
	v, ok := x.(any)
	return v, ok
}

// AssertEmpty is x.(T) for an empty interface type T that the script
// names, spelled name as Go's runtime spells it (main.Event): x itself, or
// Go's message for a nil x (interface conversion: interface is nil, not
// main.Event), which compiled code cannot give for a type it does not
// have.
func AssertEmpty(x any, name string) any {
	if x == nil {
		panic(ConversionError("interface conversion: interface is nil, not " + name))
	}
	return x
}

func assertAnySymbols() map[string]reflect.Value {
	return map[string]reflect.Value{
		"AssertAny":   reflect.ValueOf(AssertAny),
		"AssertAnyOK": reflect.ValueOf(AssertAnyOK),
		"AssertEmpty": reflect.ValueOf(AssertEmpty),
	}
}

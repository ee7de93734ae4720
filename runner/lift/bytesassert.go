package lift

import "reflect"

// A type the script declares on []byte is a type of the pool (Bytes_1,
// Bytes_String1, ...), which is assignable from []byte, and the
// interpreter's type assertion asks whether the value is assignable to the
// type it names rather than of that type: f, ok := v.(Frame) succeeded on
// an interface that holds a []byte, and b, ok := v.([]byte) on one that
// holds a Frame, where Go's fail. Package rewrite (pass bytesassert) hands
// the operand of such an assertion to these functions, which pass on only
// a value of the exact type, so the interpreter's assertion answers as
// Go's:
//
//	f, ok := v.(Frame)   =>   f, ok := _sl1.BytesAs(v, Frame(nil)).(Frame)

// BytesAs returns x where its dynamic type is want's, and nil otherwise,
// whose assertion fails.
func BytesAs(x, want any) any {
	if reflect.TypeOf(x) != reflect.TypeOf(want) {
		return nil
	}
	return x
}

// BytesMust returns x where its dynamic type is want's, and panics with
// Go's runtime error otherwise, naming iface, the static type of x as Go's
// runtime spells it (interface {}, main.Event); a type of the pool is
// named by reflect, as the interpreter's own messages name it, which
// socklab's report spells as the script does.
func BytesMust(x, want any, iface string) any {
	if x == nil {
		panic(ConversionError("interface conversion: " + iface + " is nil, not " + reflect.TypeOf(want).String()))
	}
	if t := reflect.TypeOf(x); t != reflect.TypeOf(want) {
		panic(ConversionError("interface conversion: " + iface + " is " + t.String() + ", not " + reflect.TypeOf(want).String()))
	}
	return x
}

func bytesAssertSymbols() map[string]reflect.Value {
	return map[string]reflect.Value{
		"BytesAs":   reflect.ValueOf(BytesAs),
		"BytesMust": reflect.ValueOf(BytesMust),
	}
}

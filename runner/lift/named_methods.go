package lift

import (
	"fmt"
	"reflect"
)

// A type the script declares on a basic type with methods of its own is,
// to the interpreter, its basic type too, and worse: stored as an
// interface it is kept in a wrapper of the interpreter's, so a type
// switch, a type assertion, == and a map[any] cannot tell a Kind from a
// uint8 nor find it. Where its methods are String or Error, or both (the
// enums and error codes of protocols), the rewrite declares it as a type
// of this pool instead: a compiled named type with those methods, each of
// which calls the script's method, written as a function and handed over
// by the type's Methods function before the script's variables are set:
//
//	type Kind uint8                      =>   type Kind = _sl1.Uint8_String1
//	func (k Kind) String() string {...}  =>   func _Kind_String(k Kind) string {...}
//	                                          var _ = _sl1.Uint8_String1Methods(_Kind_String)
//
// fmt then finds the methods as it finds those of any compiled type.

// NamedMethodsPerType is how many types the pool holds of each
// underlying type for each set of methods.
const NamedMethodsPerType = 4

// A methodSlot is a type of the pool with its Methods function.
type methodSlot struct {
	t   reflect.Type
	set reflect.Value
}

// NamedMethods returns the name, in this package, of the pool's type
// number i (from 0) on the underlying type under with the methods
// methods ("String", "Error" or "StringError"), and of the function that
// sets what its methods call; false where the pool has no such type.
func NamedMethods(under, methods string, i int) (typ, set string, ok bool) {
	ts := namedMethodPool()[methods][under]
	if i < 0 || i >= len(ts) {
		return "", "", false
	}
	return ts[i].t.Name(), ts[i].t.Name() + "Methods", true
}

// namedMethodSymbol returns the pool's type or Methods function of the
// name, for the interpreter's table.
func namedMethodSymbol(name string) (reflect.Value, bool) {
	for _, byUnder := range namedMethodPool() {
		for _, slots := range byUnder {
			for _, s := range slots {
				switch name {
				case s.t.Name():
					return reflect.Zero(reflect.PointerTo(s.t)), true
				case s.t.Name() + "Methods":
					return s.set, true
				}
			}
		}
	}
	return reflect.Value{}, false
}

// unsetString and unsetError print x as its underlying type, where a
// method is called before the script set it, which the rewrite's order of
// declarations rules out.
func unsetString(x any) string { return unset(x) }

func unsetError(x any) string { return unset(x) }

func unset(x any) string {
	v := reflect.ValueOf(x)
	if v.Kind() == reflect.Slice {
		return fmt.Sprint(v.Bytes())
	}
	return fmt.Sprint(v.Convert(basicTypes[v.Kind()]).Interface())
}

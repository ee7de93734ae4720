package gostd

import "reflect"

// valueBoolFlag is a flag.Value that has IsBoolFlag: flag parses a flag
// whose value says it is a boolean, as a counter of -v -v does, without an
// argument, and PrintDefaults names no type for it. The interpreter fills
// WIsBoolFlag with the script's method whatever its form, which
// IsBoolFlag calls only where it is flag's, as Go's flag sees no other.
type valueBoolFlag struct {
	IValue      any
	WSet        func(a0 string) error
	WString     func() string
	WIsBoolFlag any // the script's IsBoolFlag, of any form
}

func (v valueBoolFlag) Set(a0 string) error { return v.WSet(a0) }

// String is the script's String, or "" for the zero wrapper, which
// PrintDefaults makes to compare a flag's default with its zero value.
func (v valueBoolFlag) String() string {
	if v.WString == nil {
		return ""
	}
	return v.WString()
}

// IsBoolFlag calls the script's IsBoolFlag where it has flag's form.
func (v valueBoolFlag) IsBoolFlag() bool {
	f, ok := v.WIsBoolFlag.(func() bool)
	return ok && f()
}

// flagValues are the wrappers of a flag.Value that has more methods, as
// the interpreter tries them.
var flagValues = []reflect.Type{
	reflect.TypeFor[valueBoolFlag](),
}

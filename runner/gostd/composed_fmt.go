package gostd

import (
	"fmt"
	"reflect"
)

// An error of the script's type with a Format method, handed to fmt's
// functions, got the wrapper of fmt.Formatter, the first of the
// interfaces they look for: without its Error method, fmt.Errorf's %w
// wrote %!w(gostd._fmt_Formatter=...) and errors.As never found it. These
// wrappers keep both, the second with the method socklabSelf that
// package rewrite gives a script's error type (see stringerSelf).

// formatterError is a fmt.Formatter that is an error.
type formatterError struct {
	IValue  any
	WError  func() string
	WFormat func(f fmt.State, verb rune)
}

func (e formatterError) Error() string                 { return e.WError() }
func (e formatterError) Format(f fmt.State, verb rune) { e.WFormat(f, verb) }

// formatterErrorSelf is a formatterError of a type that the script
// declares, with the method socklabSelf.
type formatterErrorSelf struct {
	IValue       any
	WError       func() string
	WFormat      func(f fmt.State, verb rune)
	WsocklabSelf func() any
}

func (e formatterErrorSelf) Error() string                 { return e.WError() }
func (e formatterErrorSelf) Format(f fmt.State, verb rune) { e.WFormat(f, verb) }

// formatterErrors are the wrappers above, largest first, which the
// interpreter tries before fmt.Formatter's own.
var formatterErrors = []reflect.Type{reflect.TypeFor[formatterErrorSelf](), reflect.TypeFor[formatterError]()}

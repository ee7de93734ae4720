package lift

import "fmt"

// The wrappers of an error type of the script with a Format method (an
// error that prints its detail under %+v), which fmt calls for an error
// as for any value: with the Error and socklabSelf methods of _SelfError
// alone, %+v of it printed what Error returns. They come in selfWrappers
// before the wrappers of the same methods without Format.

type _SelfUnwrapFormatError struct {
	IValue         any
	WError         func() string
	WFormat        func(f fmt.State, verb rune)
	WsocklabSelf   func() any
	WsocklabUnwrap func() error
}

func (w _SelfUnwrapFormatError) Error() string                 { return w.WError() }
func (w _SelfUnwrapFormatError) Format(f fmt.State, verb rune) { w.WFormat(f, verb) }
func (w _SelfUnwrapFormatError) Unwrap() error                 { return pointerUnwrap(w, w.WsocklabUnwrap()) }

type _SelfFormatError struct {
	IValue       any
	WError       func() string
	WFormat      func(f fmt.State, verb rune)
	WsocklabSelf func() any
}

func (w _SelfFormatError) Error() string                 { return w.WError() }
func (w _SelfFormatError) Format(f fmt.State, verb rune) { w.WFormat(f, verb) }

// _SelfAsFormatError is the wrapper of the box in which package rewrite
// keeps a nil pointer of a script's error type (pass typednil): with its
// As, which takes the nil pointer out, and its Format, which prints it as
// fmt prints the nil pointer (NilFormat).
type _SelfAsFormatError struct {
	IValue       any
	WError       func() string
	WFormat      func(f fmt.State, verb rune)
	WsocklabSelf func() any
	WsocklabAs   func(any) bool
}

func (w _SelfAsFormatError) Error() string                 { return w.WError() }
func (w _SelfAsFormatError) Format(f fmt.State, verb rune) { w.WFormat(f, verb) }
func (w _SelfAsFormatError) As(target any) bool            { return w.WsocklabAs(target) }

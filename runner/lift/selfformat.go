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

package lift

import "reflect"

// The interpreter hands a script's error to compiled code in a wrapper
// with its Error method only (its own _error), so errors.Is and errors.As
// stop at a script's error with an Unwrap method, where Go goes on to the
// error it wraps. Where a script's type has more of an error's methods,
// the interpreter takes the first wrapper of the list it keeps for _error
// (its MapTypes entry, keyed by _error's symbol) whose methods the type
// has: ErrorWrappers, most methods first.

// ErrorWrappers are the wrappers, most methods first, for the interpreter
// to hand a script's error to compiled code with its Unwrap and Is methods
// as well.
var ErrorWrappers = []reflect.Type{
	reflect.TypeFor[_UnwrapIsError](),
	reflect.TypeFor[_UnwrapError](),
	reflect.TypeFor[_UnwrapErrorsError](),
	reflect.TypeFor[_IsError](),
}

// The wrappers: the first field holds the script's value, each other one
// a method, named after it with a W before.

type _UnwrapIsError struct {
	IValue  any
	WError  func() string
	WUnwrap func() error
	WIs     func(error) bool
}

func (w _UnwrapIsError) Error() string        { return w.WError() }
func (w _UnwrapIsError) Unwrap() error        { return w.WUnwrap() }
func (w _UnwrapIsError) Is(target error) bool { return w.WIs(target) }

type _UnwrapError struct {
	IValue  any
	WError  func() string
	WUnwrap func() error
}

func (w _UnwrapError) Error() string { return w.WError() }
func (w _UnwrapError) Unwrap() error { return w.WUnwrap() }

type _UnwrapErrorsError struct {
	IValue  any
	WError  func() string
	WUnwrap func() []error
}

func (w _UnwrapErrorsError) Error() string   { return w.WError() }
func (w _UnwrapErrorsError) Unwrap() []error { return w.WUnwrap() }

type _IsError struct {
	IValue any
	WError func() string
	WIs    func(error) bool
}

func (w _IsError) Error() string        { return w.WError() }
func (w _IsError) Is(target error) bool { return w.WIs(target) }

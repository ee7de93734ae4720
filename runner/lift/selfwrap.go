package lift

import "reflect"

// The wrappers of an error type of the script that package rewrite gives
// a method SelfMethod, which returns the value itself: the interpreter
// keeps in a wrapper's IValue field what it takes for the concrete value,
// which for a struct value is its last field that is set, not the struct,
// so Equal and ErrorsIs call this method to compare the values. One for
// each set of ErrorWrappers' methods, and one with Error alone; and two
// with Format (see selfformat.go).

// SelfMethod is the method that package rewrite adds to a script's error
// types, returning the receiver as it is.
const SelfMethod = "socklabSelf"

// selfWrappers come before ErrorWrappers' own, in their order.
var selfWrappers = []reflect.Type{
	reflect.TypeFor[_SelfUnwrapIsAsError](),
	reflect.TypeFor[_SelfUnwrapAllIsAsError](),
	reflect.TypeFor[_SelfUnwrapIsError](),
	reflect.TypeFor[_SelfUnwrapAllIsError](),
	reflect.TypeFor[_SelfUnwrapAsError](),
	reflect.TypeFor[_SelfUnwrapAllAsError](),
	reflect.TypeFor[_SelfIsAsError](),
	reflect.TypeFor[_SelfUnwrapFormatError](),
	reflect.TypeFor[_SelfUnwrapError](),
	reflect.TypeFor[_SelfUnwrapAllError](),
	reflect.TypeFor[_SelfIsError](),
	reflect.TypeFor[_SelfAsFormatError](),
	reflect.TypeFor[_SelfAsError](),
	reflect.TypeFor[_SelfFormatError](),
	reflect.TypeFor[_SelfError](),
}

type _SelfUnwrapIsAsError struct {
	IValue         any
	WError         func() string
	WsocklabSelf   func() any
	WsocklabUnwrap func() error
	WsocklabIs     func(error) bool
	WsocklabAs     func(any) bool
}

func (w _SelfUnwrapIsAsError) Error() string        { return w.WError() }
func (w _SelfUnwrapIsAsError) Unwrap() error        { return pointerUnwrap(w, w.WsocklabUnwrap()) }
func (w _SelfUnwrapIsAsError) Is(target error) bool { return w.WsocklabIs(target) }
func (w _SelfUnwrapIsAsError) As(target any) bool   { return w.WsocklabAs(target) }

type _SelfUnwrapAllIsAsError struct {
	IValue            any
	WError            func() string
	WsocklabSelf      func() any
	WsocklabUnwrapAll func() []error
	WsocklabIs        func(error) bool
	WsocklabAs        func(any) bool
}

func (w _SelfUnwrapAllIsAsError) Error() string        { return w.WError() }
func (w _SelfUnwrapAllIsAsError) Unwrap() []error      { return w.WsocklabUnwrapAll() }
func (w _SelfUnwrapAllIsAsError) Is(target error) bool { return w.WsocklabIs(target) }
func (w _SelfUnwrapAllIsAsError) As(target any) bool   { return w.WsocklabAs(target) }

type _SelfUnwrapIsError struct {
	IValue         any
	WError         func() string
	WsocklabSelf   func() any
	WsocklabUnwrap func() error
	WsocklabIs     func(error) bool
}

func (w _SelfUnwrapIsError) Error() string        { return w.WError() }
func (w _SelfUnwrapIsError) Unwrap() error        { return pointerUnwrap(w, w.WsocklabUnwrap()) }
func (w _SelfUnwrapIsError) Is(target error) bool { return w.WsocklabIs(target) }

type _SelfUnwrapAllIsError struct {
	IValue            any
	WError            func() string
	WsocklabSelf      func() any
	WsocklabUnwrapAll func() []error
	WsocklabIs        func(error) bool
}

func (w _SelfUnwrapAllIsError) Error() string        { return w.WError() }
func (w _SelfUnwrapAllIsError) Unwrap() []error      { return w.WsocklabUnwrapAll() }
func (w _SelfUnwrapAllIsError) Is(target error) bool { return w.WsocklabIs(target) }

type _SelfUnwrapAsError struct {
	IValue         any
	WError         func() string
	WsocklabSelf   func() any
	WsocklabUnwrap func() error
	WsocklabAs     func(any) bool
}

func (w _SelfUnwrapAsError) Error() string      { return w.WError() }
func (w _SelfUnwrapAsError) Unwrap() error      { return pointerUnwrap(w, w.WsocklabUnwrap()) }
func (w _SelfUnwrapAsError) As(target any) bool { return w.WsocklabAs(target) }

type _SelfUnwrapAllAsError struct {
	IValue            any
	WError            func() string
	WsocklabSelf      func() any
	WsocklabUnwrapAll func() []error
	WsocklabAs        func(any) bool
}

func (w _SelfUnwrapAllAsError) Error() string      { return w.WError() }
func (w _SelfUnwrapAllAsError) Unwrap() []error    { return w.WsocklabUnwrapAll() }
func (w _SelfUnwrapAllAsError) As(target any) bool { return w.WsocklabAs(target) }

type _SelfIsAsError struct {
	IValue       any
	WError       func() string
	WsocklabSelf func() any
	WsocklabIs   func(error) bool
	WsocklabAs   func(any) bool
}

func (w _SelfIsAsError) Error() string        { return w.WError() }
func (w _SelfIsAsError) Is(target error) bool { return w.WsocklabIs(target) }
func (w _SelfIsAsError) As(target any) bool   { return w.WsocklabAs(target) }

type _SelfUnwrapError struct {
	IValue         any
	WError         func() string
	WsocklabSelf   func() any
	WsocklabUnwrap func() error
}

func (w _SelfUnwrapError) Error() string { return w.WError() }
func (w _SelfUnwrapError) Unwrap() error { return pointerUnwrap(w, w.WsocklabUnwrap()) }

type _SelfUnwrapAllError struct {
	IValue            any
	WError            func() string
	WsocklabSelf      func() any
	WsocklabUnwrapAll func() []error
}

func (w _SelfUnwrapAllError) Error() string   { return w.WError() }
func (w _SelfUnwrapAllError) Unwrap() []error { return w.WsocklabUnwrapAll() }

type _SelfIsError struct {
	IValue       any
	WError       func() string
	WsocklabSelf func() any
	WsocklabIs   func(error) bool
}

func (w _SelfIsError) Error() string        { return w.WError() }
func (w _SelfIsError) Is(target error) bool { return w.WsocklabIs(target) }

type _SelfAsError struct {
	IValue       any
	WError       func() string
	WsocklabSelf func() any
	WsocklabAs   func(any) bool
}

func (w _SelfAsError) Error() string      { return w.WError() }
func (w _SelfAsError) As(target any) bool { return w.WsocklabAs(target) }

type _SelfError struct {
	IValue       any
	WError       func() string
	WsocklabSelf func() any
}

func (w _SelfError) Error() string { return w.WError() }

package lift

//go:generate go run gen_netwrap.go

import "reflect"

// The interpreter hands a script's error to compiled code in a wrapper
// with its Error method only (its own _error), so errors.Is and errors.As
// stop at a script's error with an Unwrap method, where Go goes on to the
// error it wraps. Where a script's type has more methods, the interpreter
// takes the first wrapper of the list it keeps for _error (its MapTypes
// entry, keyed by _error's symbol) whose methods the type has, by name
// only: ErrorWrappers, most methods first.
//
// The interpreter never looks at a method's signature, so the wrappers
// name none of Go's methods: a type with Unwrap() []error, or with an Is
// of another signature than errors.Is calls, would get a wrapper that
// calls it wrongly. Package rewrite gives each error type of a script a
// method of a name of socklab's own for each method the errors package
// calls (UnwrapMethod for Unwrap() error, and so on), which calls the
// script's method; the wrappers name those, and have Go's methods.

// The methods that package rewrite adds to a script's error types, each
// calling the script's method of Go's name and signature.
const (
	UnwrapMethod    = "socklabUnwrap"    // calls Unwrap() error
	UnwrapAllMethod = "socklabUnwrapAll" // calls Unwrap() []error
	IsMethod        = "socklabIs"        // calls Is(error) bool
	AsMethod        = "socklabAs"        // calls As(any) bool
	TimeoutMethod   = "socklabTimeout"   // calls Timeout() bool
	TemporaryMethod = "socklabTemporary" // calls Temporary() bool
)

// ErrorWrappers are the wrappers, most methods first, for the interpreter
// to hand a script's error to compiled code with its Unwrap, Is and As
// methods as well: one for each set of those methods a type may have.
// Those of a type with Timeout or Temporary as well (netWrappers, written
// by gen_netwrap.go) come first, so that the library's questions of an
// error (os.IsTimeout, net.Error's Temporary in http.Server.Serve,
// url.Error's and net.OpError's Timeout of the error they hold) reach the
// script's methods as in Go.
var ErrorWrappers = append(append(append([]reflect.Type{}, netWrappers...), selfWrappers...),
	reflect.TypeFor[_UnwrapIsAsError](),
	reflect.TypeFor[_UnwrapAllIsAsError](),
	reflect.TypeFor[_UnwrapIsError](),
	reflect.TypeFor[_UnwrapAllIsError](),
	reflect.TypeFor[_UnwrapAsError](),
	reflect.TypeFor[_UnwrapAllAsError](),
	reflect.TypeFor[_IsAsError](),
	reflect.TypeFor[_UnwrapError](),
	reflect.TypeFor[_UnwrapAllError](),
	reflect.TypeFor[_IsError](),
	reflect.TypeFor[_AsError](),
)

// The wrappers: the first field holds the script's value, each other one
// a method, named after it with a W before.

type _UnwrapIsAsError struct {
	IValue         any
	WError         func() string
	WsocklabUnwrap func() error
	WsocklabIs     func(error) bool
	WsocklabAs     func(any) bool
}

func (w _UnwrapIsAsError) Error() string        { return w.WError() }
func (w _UnwrapIsAsError) Unwrap() error        { return w.WsocklabUnwrap() }
func (w _UnwrapIsAsError) Is(target error) bool { return w.WsocklabIs(target) }
func (w _UnwrapIsAsError) As(target any) bool   { return w.WsocklabAs(target) }

type _UnwrapAllIsAsError struct {
	IValue            any
	WError            func() string
	WsocklabUnwrapAll func() []error
	WsocklabIs        func(error) bool
	WsocklabAs        func(any) bool
}

func (w _UnwrapAllIsAsError) Error() string        { return w.WError() }
func (w _UnwrapAllIsAsError) Unwrap() []error      { return w.WsocklabUnwrapAll() }
func (w _UnwrapAllIsAsError) Is(target error) bool { return w.WsocklabIs(target) }
func (w _UnwrapAllIsAsError) As(target any) bool   { return w.WsocklabAs(target) }

type _UnwrapIsError struct {
	IValue         any
	WError         func() string
	WsocklabUnwrap func() error
	WsocklabIs     func(error) bool
}

func (w _UnwrapIsError) Error() string        { return w.WError() }
func (w _UnwrapIsError) Unwrap() error        { return w.WsocklabUnwrap() }
func (w _UnwrapIsError) Is(target error) bool { return w.WsocklabIs(target) }

type _UnwrapAllIsError struct {
	IValue            any
	WError            func() string
	WsocklabUnwrapAll func() []error
	WsocklabIs        func(error) bool
}

func (w _UnwrapAllIsError) Error() string        { return w.WError() }
func (w _UnwrapAllIsError) Unwrap() []error      { return w.WsocklabUnwrapAll() }
func (w _UnwrapAllIsError) Is(target error) bool { return w.WsocklabIs(target) }

type _UnwrapAsError struct {
	IValue         any
	WError         func() string
	WsocklabUnwrap func() error
	WsocklabAs     func(any) bool
}

func (w _UnwrapAsError) Error() string      { return w.WError() }
func (w _UnwrapAsError) Unwrap() error      { return w.WsocklabUnwrap() }
func (w _UnwrapAsError) As(target any) bool { return w.WsocklabAs(target) }

type _UnwrapAllAsError struct {
	IValue            any
	WError            func() string
	WsocklabUnwrapAll func() []error
	WsocklabAs        func(any) bool
}

func (w _UnwrapAllAsError) Error() string      { return w.WError() }
func (w _UnwrapAllAsError) Unwrap() []error    { return w.WsocklabUnwrapAll() }
func (w _UnwrapAllAsError) As(target any) bool { return w.WsocklabAs(target) }

type _IsAsError struct {
	IValue     any
	WError     func() string
	WsocklabIs func(error) bool
	WsocklabAs func(any) bool
}

func (w _IsAsError) Error() string        { return w.WError() }
func (w _IsAsError) Is(target error) bool { return w.WsocklabIs(target) }
func (w _IsAsError) As(target any) bool   { return w.WsocklabAs(target) }

type _UnwrapError struct {
	IValue         any
	WError         func() string
	WsocklabUnwrap func() error
}

func (w _UnwrapError) Error() string { return w.WError() }
func (w _UnwrapError) Unwrap() error { return w.WsocklabUnwrap() }

type _UnwrapAllError struct {
	IValue            any
	WError            func() string
	WsocklabUnwrapAll func() []error
}

func (w _UnwrapAllError) Error() string   { return w.WError() }
func (w _UnwrapAllError) Unwrap() []error { return w.WsocklabUnwrapAll() }

type _IsError struct {
	IValue     any
	WError     func() string
	WsocklabIs func(error) bool
}

func (w _IsError) Error() string        { return w.WError() }
func (w _IsError) Is(target error) bool { return w.WsocklabIs(target) }

type _AsError struct {
	IValue     any
	WError     func() string
	WsocklabAs func(any) bool
}

func (w _AsError) Error() string      { return w.WError() }
func (w _AsError) As(target any) bool { return w.WsocklabAs(target) }

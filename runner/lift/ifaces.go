package lift

import (
	"errors"
	"net"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/socklab/socklab/runner/lift/runtime"
)

// The interpreter's assertion to an interface that a script declares
// (err.(interface{ Timeout() bool })) never matches a value of Go's
// library, and a value it does hold in such an interface keeps the
// methods of the type it was assigned from. These compiled interfaces
// have the method sets that scripts declare most, of methods that give
// nothing the allowlist keeps from a script (not File, SyscallConn or
// Fd); runner/rewrite asserts
// a value of Go's library to the one with the same methods instead (pass
// ifassert), which the interpreter answers as Go does.
type (
	Timeouter        interface{ Timeout() bool }
	Temporary        interface{ Temporary() bool }
	TimeoutTemporary interface {
		Timeout() bool
		Temporary() bool
	}
	ErrorTimeout interface {
		Error() string
		Timeout() bool
	}
	ErrorTemporary interface {
		Error() string
		Temporary() bool
	}
	NetError interface {
		Error() string
		Timeout() bool
		Temporary() bool
	}
	Unwrapper      interface{ Unwrap() error }
	MultiUnwrapper interface{ Unwrap() []error }
	ErrorUnwrapper interface {
		Error() string
		Unwrap() error
	}
	Iser        interface{ Is(error) bool }
	Stringer    interface{ String() string }
	Closer      interface{ Close() error }
	CloseWriter interface{ CloseWrite() error }
	CloseReader interface{ CloseRead() error }
	HalfCloser  interface {
		CloseRead() error
		CloseWrite() error
	}
	LocalAddresser    interface{ LocalAddr() net.Addr }
	RemoteAddresser   interface{ RemoteAddr() net.Addr }
	Deadliner         interface{ SetDeadline(time.Time) error }
	ReadDeadliner     interface{ SetReadDeadline(time.Time) error }
	WriteDeadliner    interface{ SetWriteDeadline(time.Time) error }
	ReadBufferSetter  interface{ SetReadBuffer(int) error }
	WriteBufferSetter interface{ SetWriteBuffer(int) error }
	KeepAliveSetter   interface{ SetKeepAlive(bool) error }
	NoDelaySetter     interface{ SetNoDelay(bool) error }
	LingerSetter      interface{ SetLinger(int) error }
	Flusher           interface{ Flush() error }
	// StringWriter is io.StringWriter, which The Go Programming Language's
	// writeString declares as an interface of its own.
	StringWriter interface {
		WriteString(string) (int, error)
	}
)

// assertable are the interfaces above, for the interpreter's table and
// for MethodSets.
var assertable = map[string]reflect.Type{
	"Timeouter":         reflect.TypeFor[Timeouter](),
	"Temporary":         reflect.TypeFor[Temporary](),
	"TimeoutTemporary":  reflect.TypeFor[TimeoutTemporary](),
	"ErrorTimeout":      reflect.TypeFor[ErrorTimeout](),
	"ErrorTemporary":    reflect.TypeFor[ErrorTemporary](),
	"NetError":          reflect.TypeFor[NetError](),
	"Unwrapper":         reflect.TypeFor[Unwrapper](),
	"MultiUnwrapper":    reflect.TypeFor[MultiUnwrapper](),
	"ErrorUnwrapper":    reflect.TypeFor[ErrorUnwrapper](),
	"Iser":              reflect.TypeFor[Iser](),
	"Stringer":          reflect.TypeFor[Stringer](),
	"Closer":            reflect.TypeFor[Closer](),
	"CloseWriter":       reflect.TypeFor[CloseWriter](),
	"CloseReader":       reflect.TypeFor[CloseReader](),
	"HalfCloser":        reflect.TypeFor[HalfCloser](),
	"LocalAddresser":    reflect.TypeFor[LocalAddresser](),
	"RemoteAddresser":   reflect.TypeFor[RemoteAddresser](),
	"Deadliner":         reflect.TypeFor[Deadliner](),
	"ReadDeadliner":     reflect.TypeFor[ReadDeadliner](),
	"WriteDeadliner":    reflect.TypeFor[WriteDeadliner](),
	"ReadBufferSetter":  reflect.TypeFor[ReadBufferSetter](),
	"WriteBufferSetter": reflect.TypeFor[WriteBufferSetter](),
	"KeepAliveSetter":   reflect.TypeFor[KeepAliveSetter](),
	"NoDelaySetter":     reflect.TypeFor[NoDelaySetter](),
	"LingerSetter":      reflect.TypeFor[LingerSetter](),
	"Flusher":           reflect.TypeFor[Flusher](),
	"StringWriter":      reflect.TypeFor[StringWriter](),
}

// MethodSets returns the name of each interface above by its method set,
// spelled as MethodSet spells it.
func MethodSets() map[string]string {
	sets := make(map[string]string, len(assertable))
	for name, t := range assertable {
		methods := make([]string, t.NumMethod())
		for i := range methods {
			m := t.Method(i)
			methods[i] = m.Name + " " + m.Type.String()
		}
		sets[MethodSet(methods)] = name
	}
	return sets
}

// MethodSet spells a method set given as "Name func(...) ..." entries,
// in any order.
func MethodSet(methods []string) string {
	sort.Strings(methods)
	return strings.Join(methods, "; ")
}

// AssertionError is the panic message of a failed assertion of x, a
// value of Go's library, to the interface that the script spells iface,
// whose methods are given as MethodSets spells them: Go's message
// (interface conversion: *net.OpError is not interface { Foo() }:
// missing method Foo; interface is nil, not main.I), or "" where x holds no value of Go's library,
// whose assertion the interpreter answers itself, or has the methods.
func AssertionError(x any, iface string, methods ...string) string {
	if x == nil {
		return "interface conversion: interface is nil, not " + iface
	}
	if !libraryType(reflect.TypeOf(x)) {
		return ""
	}
	v := reflect.ValueOf(x)
	sort.Strings(methods)
	for _, m := range methods {
		name, sig, _ := strings.Cut(m, " ")
		if f := v.MethodByName(name); !f.IsValid() || f.Type().String() != sig {
			return "interface conversion: " + v.Type().String() + " is not " + iface + ": missing method " + name
		}
	}
	return ""
}

// libraryType reports whether t is a type of Go's library rather than
// one the interpreter made for a script's type, which has no name.
func libraryType(t reflect.Type) bool {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.PkgPath() != "" || t.Name() != ""
}

// ErrorsAsFunc is errors.As for a target of an interface that the script
// declares, which the interpreter keeps in a form errors.As cannot set:
// it walks err's chain as errors.As does, and match (a function of the
// script that asserts the interface, see pass ifassert) sets the target;
// an error with an As method is asked with target, as errors.As asks it.
func ErrorsAsFunc(err error, target any, match func(error) bool) bool {
	if target == nil {
		return errors.As(err, target) // panics with errors.As's own message
	}
	return find(err, func(e error) bool {
		if match(e) {
			return true
		}
		x, ok := e.(interface{ As(any) bool })
		return ok && x.As(target)
	})
}

func assertSymbols() map[string]reflect.Value {
	syms := map[string]reflect.Value{"ErrorsAsFunc": reflect.ValueOf(ErrorsAsFunc), "AssertionError": reflect.ValueOf(AssertionError), "AssertionFailed": reflect.ValueOf(AssertionFailed), "NilDeref": reflect.ValueOf(NilDeref), "ConversionError": reflect.ValueOf(ConversionError)}
	for name, t := range assertable {
		syms[name] = reflect.Zero(reflect.PointerTo(t))
	}
	return syms
}

// ConversionError is the panic of a failed type assertion whose message,
// Go's, is msg (as AssertionError spells it): a runtime.Error, which %T
// names *runtime.TypeAssertionError, as Go's.
func ConversionError(msg string) error { return runtime.NewTypeAssertionError(msg) }

// A RuntimeError is a runtime.Error of Go's text whose type socklab cannot
// give (see namedMarks).
type RuntimeError string

func (e RuntimeError) Error() string { return string(e) }

// RuntimeError marks e as a runtime.Error.
func (RuntimeError) RuntimeError() {}

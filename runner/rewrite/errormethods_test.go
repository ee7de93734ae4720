package rewrite_test

import (
	"strings"
	"testing"
)

func init() {
	programs = append(programs,
		fromCorpus("errormethods_multi", "errors-multi-unwrap"),
		fromCorpus("errormethods_validation", "errors-validation-multi"),
		fromCorpus("errormethods_pointer_unwrap", "error-pointer-unwrap"),
		fromCorpus("errormethods_timeout_temporary", "errors-timeout-temporary-methods"),
		fromCorpus("errormethods_serve_temporary", "http-serve-temporary-accept"),
		program{"errormethods_receivers", `package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
)

// Multi has value methods: its value and its pointer unwrap.
type Multi struct{ errs []error }

func (m Multi) Error() string   { return fmt.Sprint(len(m.errs), " errors") }
func (m Multi) Unwrap() []error { return m.errs }

// Ptr has pointer methods only: only its pointer is an error.
type Ptr struct{ err error }

func (p *Ptr) Error() string        { return "ptr" }
func (p *Ptr) Unwrap() error        { return p.err }
func (p *Ptr) Is(target error) bool { return target == io.ErrNoProgress }

// Outer has Multi's methods through a pointer it embeds.
type Outer struct{ *Multi }

// Net has the methods of the compiled *net.OpError it embeds.
type Net struct {
	*net.OpError
	Peer string
}

// List is generic: each instance has the methods.
type List[T any] struct {
	items []T
	errs  []error
}

func (l *List[T]) Error() string   { return fmt.Sprint(len(l.items), " items failed") }
func (l *List[T]) Unwrap() []error { return l.errs }

func main() {
	m := Multi{[]error{io.EOF, &Ptr{io.ErrShortWrite}}}
	fmt.Println(errors.Is(m, io.EOF), errors.Is(&m, io.ErrShortWrite), errors.Is(m, io.ErrNoProgress), errors.Is(m, io.ErrClosedPipe))
	var p *Ptr
	fmt.Println(errors.As(m, &p), p.err, errors.Unwrap(m) == nil)
	fmt.Println(errors.Is(Outer{&m}, io.EOF), errors.Is(&Outer{&m}, io.ErrShortWrite))
	n := Net{&net.OpError{Op: "dial", Net: "tcp", Err: os.ErrDeadlineExceeded}, "b"}
	fmt.Println(errors.Is(&n, os.ErrDeadlineExceeded), errors.As(&n, new(*net.OpError)))
	l := &List[string]{[]string{"a"}, []error{io.ErrUnexpectedEOF}}
	fmt.Println(l, errors.Is(l, io.ErrUnexpectedEOF), errors.Is(l, io.EOF))
	type local struct{ *Ptr }
	fmt.Println(errors.Is(local{&Ptr{io.EOF}}, io.EOF), errors.Is(local{&Ptr{io.EOF}}, io.ErrNoProgress))
}
`},
	)
}

// TestErrorMethodsAppended checks the methods the pass adds, after the
// file's last line, with the receiver that has the script's method.
func TestErrorMethodsAppended(t *testing.T) {
	src := "package main\n\nimport \"io\"\n\ntype V struct{}\n\nfunc (V) Error() string { return \"\" }\nfunc (V) Unwrap() []error { return nil }\nfunc (V) Is(any) bool { return false }\n\ntype P struct{}\n\nfunc (*P) Error() string { return \"\" }\nfunc (*P) Unwrap() error { return io.EOF }\nfunc (*P) As(any) bool { return false }\n\nfunc main() {}\n"
	out := string(lift(t, "main.go", src))
	for _, want := range []string{
		"func (_r1 V) socklabSelf() any { return _sl2.Self(\"main.V\", _r1) }",
		"func (_r3 V) socklabUnwrapAll() []error { return _r3.Unwrap() }",
		"func (_r4 P) socklabSelf() any { return _sl2.Self(\"main.P\", _r4) }",
		"func (_r5 *P) socklabUnwrap() error { return _r5.Unwrap() }",
		"func (_r6 *P) socklabAs(target any) bool { return _r6.As(target) }",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the rewritten source has no line\n%s\n%s", want, out)
		}
	}
	if strings.Contains(out, "socklabIs") {
		t.Errorf("V's Is(any) bool is not the errors package's, but got a method for it:\n%s", out)
	}
}

// TestErrorMethodsPointerUnwrap checks that the method of socklab's name
// for an Unwrap that only the pointer of a value error has marks what it
// returns for lift's wrappers, which hand it on for a pointer alone.
func TestErrorMethodsPointerUnwrap(t *testing.T) {
	src := "package main\n\ntype P struct{ err error }\n\nfunc (p P) Error() string { return \"\" }\nfunc (p *P) Unwrap() error { return p.err }\n\nfunc main() {}\n"
	liftHolds(t, src, []string{
		"func (_r3 *P) socklabUnwrap() error { return _sl2.PointerUnwrap(_r3.Unwrap()) }",
	}, nil)
}

func TestErrorMethodsRefuse(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"a value error with a pointer Is", "type P struct{ err error }\n\nfunc (p P) Error() string { return \"\" }\nfunc (p *P) Is(err error) bool { return false }\n\nfunc main() {}", "main.go:13:13: a P stored as error has no method Is in Go, only a *P has"},
		{"a value error with a pointer Unwrap() []error", "type P struct{ errs []error }\n\nfunc (p P) Error() string { return \"\" }\nfunc (p *P) Unwrap() []error { return p.errs }\n\nfunc main() {}", "main.go:13:13: a P stored as error has no method Unwrap in Go, only a *P has"},
		{"a local type with a compiled type's Unwrap", "func main() {\n\ttype timeout struct{ *net.OpError }\n\t_ = timeout{}\n}", "main.go:11:7: the interpreter hands the method Unwrap() error that this error type has from net"},
		{"a struct literal with a pointer method", "type E struct{}\ntype U struct{}\n\nfunc (E) Error() string { return \"\" }\nfunc (*U) Unwrap() error { return nil }\n\nfunc main() {\n\t_ = struct {\n\t\tE\n\t\tU\n\t}{}\n}", "main.go:14:11: a struct{E; U} stored as error has no method Unwrap in Go, only a *struct{E; U} has"},
		{"a value error with a pointer Timeout", "type P struct{}\n\nfunc (p P) Error() string { return \"\" }\nfunc (p *P) Timeout() bool { return true }\n\nfunc main() {}", "main.go:13:13: a P stored as error has no method Timeout in Go, only a *P has"},
		{"a method of socklab's name", "type E struct{}\n\nfunc (E) Error() string { return \"\" }\nfunc (E) socklabIs() {}\n\nfunc main() {}", "main.go:13:10: socklab gives the error type E a method socklabIs of its own"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport (\n\t\"fmt\"\n\t\"net\"\n)\n\nvar _, _ = fmt.Sprint, net.Dial\n\n" + tt.body + "\n"
			refuses(t, src, tt.want)
		})
	}
}

// TestErrorMethodsTimeout checks the methods of socklab's names for
// Timeout() bool and Temporary() bool, which the wrappers hand Go's
// library (os.IsTimeout, http.Server.Serve's net.Error), and none for a
// Timeout of another signature.
func TestErrorMethodsTimeout(t *testing.T) {
	src := "package main\n\ntype T struct{}\n\nfunc (T) Error() string { return \"\" }\nfunc (T) Timeout() bool { return true }\n\ntype P struct{}\n\nfunc (*P) Error() string { return \"\" }\nfunc (*P) Temporary() bool { return true }\n\ntype O struct{}\n\nfunc (O) Error() string { return \"\" }\nfunc (O) Timeout() int { return 1 }\n\nfunc main() {}\n"
	out := string(lift(t, "main.go", src))
	for _, want := range []string{
		"func (_r3 T) socklabTimeout() bool { return _r3.Timeout() }",
		"func (_r5 *P) socklabTemporary() bool { return _r5.Temporary() }",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the rewritten source has no line\n%s\n%s", want, out)
		}
	}
	if strings.Contains(out, "O) socklabTimeout") {
		t.Errorf("O's Timeout() int is not the one Go's library asks for, but got a method for it:\n%s", out)
	}
}

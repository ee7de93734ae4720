// Package runtime holds stand-ins for errors of Go's runtime that socklab
// must make itself, where the interpreter's own would name its types and
// position: declared in a package named runtime, each prints under %T
// with the name Go's has.
package runtime

// A TypeAssertionError is the panic of a failed type assertion, with the
// message Go's runtime gives (interface conversion: interface {} is
// string, not int); %T of it prints *runtime.TypeAssertionError, as of
// Go's own.
type TypeAssertionError struct{ msg string }

// NewTypeAssertionError returns the error whose message is msg.
func NewTypeAssertionError(msg string) *TypeAssertionError {
	return &TypeAssertionError{msg}
}

func (e *TypeAssertionError) Error() string { return e.msg }

// RuntimeError marks e as a runtime.Error.
func (*TypeAssertionError) RuntimeError() {}

package lift

import (
	"errors"
	"fmt"
	"io"
	"testing"
)

func TestPointerUnwrap(t *testing.T) {
	p := &code{N: 1, Err: io.EOF}
	wrapper := func(held any, unwrap func() error) error {
		return _SelfUnwrapError{IValue: held, WError: func() string { return "code" }, WsocklabSelf: func() any { return Self("main.code", *p) }, WsocklabUnwrap: unwrap}
	}
	marked := func() error { return PointerUnwrap(p.Err) }
	tests := []struct {
		name string
		err  error
		want error
	}{
		{"a pointer, whose Unwrap is the pointer's", wrapper(p, marked), io.EOF},
		{"the value, whose Unwrap is the pointer's alone", wrapper(p.Err, marked), nil},
		{"the value, whose Unwrap is its own", wrapper(p.Err, func() error { return p.Err }), io.EOF},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := errors.Unwrap(tt.err); got != tt.want {
				t.Errorf("errors.Unwrap = %v, want %v", got, tt.want)
			}
			if got := errors.Is(fmt.Errorf("x: %w", tt.err), io.EOF); got != (tt.want != nil) {
				t.Errorf("errors.Is = %v, want %v", got, tt.want != nil)
			}
		})
	}
}

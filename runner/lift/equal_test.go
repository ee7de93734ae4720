package lift

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"testing"
)

// code stands for the interpreter's form of a script's struct value, an
// unnamed struct type.
type code = struct {
	N   int
	Err error
}

// wrapped wraps v as the interpreter does, with the method that returns
// the value where self is set; the IValue field holds what the
// interpreter puts there for a struct value, its last field.
func wrapped(v code, self bool) error {
	w := _SelfError{IValue: v.Err, WError: func() string { return fmt.Sprint(v.N) }}
	if self {
		w.WsocklabSelf = func() any { return v }
		return w
	}
	return _error{IValue: v.Err, WError: w.WError}
}

// _error is the interpreter's wrapper of an error with Error alone.
type _error struct {
	IValue any
	WError func() string
}

func (w _error) Error() string { return w.WError() }

func TestEqual(t *testing.T) {
	p, q := &code{N: 1}, &code{N: 1}
	tests := []struct {
		name string
		x, y any
		want bool
	}{
		{"the same values", wrapped(code{N: 1}, true), wrapped(code{N: 1}, true), true},
		{"other values", wrapped(code{N: 1}, true), wrapped(code{N: 2}, true), false},
		{"values whose last fields are alike", wrapped(code{1, io.EOF}, true), wrapped(code{2, io.EOF}, true), false},
		{"a value and its wrapper", wrapped(code{N: 3}, true), code{N: 3}, true},
		{"a wrapped value in a field", code{1, wrapped(code{N: 2}, true)}, code{1, wrapped(code{N: 2}, true)}, true},
		{"another wrapped value in a field", code{1, wrapped(code{N: 2}, true)}, code{1, wrapped(code{N: 3}, true)}, false},
		{"the same pointer", _error{IValue: p}, _error{IValue: p}, true},
		{"equal pointees", _error{IValue: p}, _error{IValue: q}, false},
		{"a library sentinel", io.EOF, io.EOF, true},
		{"a wrapper and a library sentinel", wrapped(code{N: 1}, true), io.EOF, false},
		{"nil and a value", nil, wrapped(code{N: 1}, true), false},
		{"nil and nil", nil, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Equal(tt.x, tt.y); got != tt.want {
				t.Errorf("Equal = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestEqualUncomparable(t *testing.T) {
	defer func() {
		if _, ok := recover().(interface{ RuntimeError() }); !ok {
			t.Errorf("comparing two slices held as interfaces did not panic with a runtime error")
		}
	}()
	Equal([]int{1}, []int{1})
}

func TestErrorsIs(t *testing.T) {
	sentinel := wrapped(code{N: 404}, true)
	tests := []struct {
		name        string
		err, target error
		want        bool
	}{
		{"the value itself", wrapped(code{N: 404}, true), sentinel, true},
		{"wrapped by fmt.Errorf", fmt.Errorf("get: %w", wrapped(code{N: 404}, true)), sentinel, true},
		{"in a join", errors.Join(io.EOF, wrapped(code{N: 404}, true)), sentinel, true},
		{"another value", fmt.Errorf("get: %w", wrapped(code{N: 500}, true)), sentinel, false},
		{"a library sentinel", fmt.Errorf("read: %w", io.EOF), io.EOF, true},
		{"nil", nil, sentinel, false},
		{"nil target", nil, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ErrorsIs(tt.err, tt.target); got != tt.want {
				t.Errorf("ErrorsIs = %v, want %v", got, tt.want)
			}
			if tt.target == nil || !isWrapper(reflect.TypeOf(tt.target)) {
				if got := errors.Is(tt.err, tt.target); got != tt.want {
					t.Errorf("errors.Is = %v where ErrorsIs is %v", got, tt.want)
				}
			}
		})
	}
}

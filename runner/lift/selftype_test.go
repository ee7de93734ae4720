package lift

import (
	"errors"
	"fmt"
	"io"
	"testing"
)

// selfWrapped wraps v, a value of the script's type named name, as the
// interpreter does with the method that package rewrite adds: held is
// what the interpreter puts in IValue (the value, a struct's last field,
// or the pointer the wrapper was made of).
func selfWrapped(name string, v, held any) error {
	return _SelfError{IValue: held, WError: func() string { return name }, WsocklabSelf: func() any { return Self(name, v) }}
}

// node is a type that refers to itself; next is a node, cycle one whose
// last field points to itself.
type node struct {
	Msg  string
	Next *node
}

var next = &node{Msg: "next"}

var cycle = func() *node { n := &node{Msg: "cycle"}; n.Next = n; return n }()

func TestEqualNamesTypes(t *testing.T) {
	p := &code{N: 1}
	tests := []struct {
		name string
		x, y any
		want bool
	}{
		{"one type, one value", selfWrapped("main.Status", 404, 404), Self("main.Status", 404), true},
		{"two types of one value", selfWrapped("main.Code", 404, 404), Self("main.Status", 404), false},
		{"two wrappers of two types", selfWrapped("main.Code", 404, 404), selfWrapped("main.Status", 404, 404), false},
		{"one type, two values", selfWrapped("main.Status", 404, 404), Self("main.Status", 500), false},
		{"a pointer and the same pointer", selfWrapped("main.code", *p, p), Self("*main.code", p), true},
		{"a pointer and another with the same value", selfWrapped("main.code", *p, p), Self("*main.code", &code{N: 1}), false},
		{"a pointer and the value it points to", selfWrapped("main.code", *p, p), Self("main.code", *p), false},
		{"a value whose last field is a pointer of another type", selfWrapped("main.code", code{N: 2, Err: io.EOF}, io.EOF), Self("main.code", code{N: 2, Err: io.EOF}), true},
		{"a value whose last field points to another value of its type", selfWrapped("main.node", node{"a", next}, next), Self("main.node", node{"a", next}), true},
		{"a value whose last field points to itself", selfWrapped("main.node", *cycle, cycle), Self("main.node", *cycle), true},
		{"a nil pointer of a box and one named so", selfWrapped("*main.code", (*code)(nil), struct{ B *code }{}), Self("*main.code", (*code)(nil)), true},
		{"a pointer of a generic type, which names none", selfWrapped("", *p, p), Self("", p), true},
		{"a pointer of a generic type and the value it points to", selfWrapped("", *p, p), Self("", *p), false},
		{"a value that names no type", _error{IValue: p}, Self("*main.code", p), true},
		{"a value named and a library value", Self("main.Status", 404), io.EOF, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Equal(tt.x, tt.y); got != tt.want {
				t.Errorf("Equal = %v, want %v", got, tt.want)
			}
			if got := Equal(tt.y, tt.x); got != tt.want {
				t.Errorf("Equal, the other way round, = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestErrorsIsNamesTypes(t *testing.T) {
	p := &code{N: 1}
	notFound := func() error { return selfWrapped("main.Status", 404, 404) }
	gone := func() error { return selfWrapped("main.code", *p, p) }
	tests := []struct {
		name        string
		err, target error
		want        bool
	}{
		{"a value through two layers", fmt.Errorf("a: %w", fmt.Errorf("b: %w", notFound())), notFound(), true},
		{"a value of another type", fmt.Errorf("a: %w", selfWrapped("main.Code", 404, 404)), notFound(), false},
		{"a pointer in a join", errors.Join(io.EOF, fmt.Errorf("a: %w", gone())), gone(), true},
		{"the value a pointer points to", fmt.Errorf("a: %w", selfWrapped("main.code", *p, *p)), gone(), false},
		{"another pointer", fmt.Errorf("a: %w", selfWrapped("main.code", code{N: 1}, &code{N: 1})), gone(), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ErrorsIs(tt.err, tt.target); got != tt.want {
				t.Errorf("ErrorsIs = %v, want %v", got, tt.want)
			}
		})
	}
}

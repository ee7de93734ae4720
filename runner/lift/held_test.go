package lift

import (
	"fmt"
	"io"
	"testing"
)

func TestHeld(t *testing.T) {
	p := &code{N: 1}
	w := _SelfError{IValue: p, WError: func() string { return "" }}
	tests := []struct {
		name string
		v    any
		want any
	}{
		{"a wrapper of a pointer", w, p},
		{"a wrapper in an interpreter's wrapper", _error{IValue: w, WError: w.WError}, p},
		{"a pointer", p, p},
		{"a value of Go's library", io.EOF, io.EOF},
		{"nil", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Held(tt.v); got != tt.want {
				t.Errorf("Held = %v, want %v", got, tt.want)
			}
			if got := Key(tt.v); got != tt.want {
				t.Errorf("Key = %v, want %v", got, tt.want)
			}
		})
	}
}

// stringerWrapper stands for the interpreter's wrapper of a value in a
// fmt.Stringer, which has no SelfMethod.
type stringerWrapper struct {
	IValue  any
	WString func() string
}

func TestPrinted(t *testing.T) {
	p := &code{N: 1}
	self := _SelfError{IValue: 7, WError: func() string { return "" }, WsocklabSelf: func() any { return Self("main.Code", code{N: 7}) }}
	tests := []struct {
		name string
		v    any
		want any
	}{
		{"a wrapper of a pointer", stringerWrapper{IValue: p}, p},
		{"a wrapper whose SelfMethod gives the value", self, code{N: 7}},
		{"a wrapper of a value of Go's library", stringerWrapper{IValue: io.EOF}, io.EOF},
		{"a pointer", p, p},
		{"nil", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Printed(tt.v); got != tt.want {
				t.Errorf("Printed = %#v, want %#v", got, tt.want)
			}
		})
	}
	// A wrapper of a script's struct value holds one of its fields: it
	// stays as it is, for fmt to call its method.
	w := stringerWrapper{IValue: 3}
	if got, ok := Printed(w).(stringerWrapper); !ok || got.IValue != 3 {
		t.Errorf("Printed = %#v, want the wrapper", Printed(w))
	}
}

// selfStringerWrapper stands for gostd's wrapper of a fmt.Stringer whose
// type has the SelfMethod.
type selfStringerWrapper struct {
	IValue       any
	WString      func() string
	WsocklabSelf func() any
}

// TestSelfNamed: SelfNamed gives what a wrapper holds where its
// SelfMethod names the type asked for (its pointer, for a wrapper of a
// pointer), and nil otherwise.
func TestSelfNamed(t *testing.T) {
	path := []int{1, 2}
	p := &code{N: 3}
	bare := selfStringerWrapper{IValue: path, WsocklabSelf: func() any { return Self("main.Path", path) }}
	ptr := selfStringerWrapper{IValue: p, WsocklabSelf: func() any { return Self("main.Code", *p) }}
	tests := []struct {
		name string
		v    any
		ask  string
		want any
	}{
		{"the type its method names", bare, "main.Path", path},
		{"another type of the same form", bare, "main.Other", nil},
		{"a pointer", ptr, "*main.Code", p},
		{"a pointer's value type", ptr, "main.Code", nil},
		{"a wrapper without the method", stringerWrapper{IValue: path}, "main.Path", nil},
		{"a bare value", path, "main.Path", nil},
		{"nil", nil, "main.Path", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SelfNamed(tt.v, tt.ask)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) || (got == nil) != (tt.want == nil) {
				t.Errorf("SelfNamed(%s) = %#v, want %#v", tt.ask, got, tt.want)
			}
		})
	}
}

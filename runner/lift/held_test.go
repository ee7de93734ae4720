package lift

import (
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

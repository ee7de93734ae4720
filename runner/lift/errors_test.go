package lift

import (
	"fmt"
	"io"
	"testing"
)

func TestErrorsAsValue(t *testing.T) {
	p := &code{N: 5}
	tests := []struct {
		name  string
		err   error
		found bool
		want  code
	}{
		{"a value whose wrapper has the method", selfWrapped("main.Code", code{N: 1, Err: io.EOF}, io.EOF), true, code{N: 1, Err: io.EOF}},
		{"a value down a chain", fmt.Errorf("op: %w", fmt.Errorf("inner: %w", selfWrapped("main.Code", code{N: 2}, 2))), true, code{N: 2}},
		{"a value in a wrapper without the method, which holds its last field", _error{IValue: io.EOF, WError: func() string { return "" }}, false, code{}},
		{"a pointer, not the value the target holds", selfWrapped("main.Code", *p, p), false, code{}},
		{"an error of Go's library", io.ErrUnexpectedEOF, false, code{}},
		{"nil", nil, false, code{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var target code
			if got := ErrorsAs(tt.err, &target); got != tt.found || target != tt.want {
				t.Errorf("ErrorsAs = %v with %+v, want %v with %+v", got, target, tt.found, tt.want)
			}
		})
	}
}

func TestErrorsAsPointer(t *testing.T) {
	p := &code{N: 7}
	var target *code
	if !ErrorsAs(fmt.Errorf("w: %w", _error{IValue: p, WError: func() string { return "" }}), &target) || target != p {
		t.Errorf("ErrorsAs of a wrapped pointer set %p, want %p", target, p)
	}
}

package lift

import (
	"errors"
	"fmt"
	"testing"
)

// TestDefersRunAll runs a function's deferred calls through a frame, as
// the rewritten source does, in compiled code: each runs though another
// panicked, and End raises the newest panic again.
func TestDefersRunAll(t *testing.T) {
	tests := []struct {
		name   string
		panics []any // what each deferred call panics with, in the order they run; nil for none
		want   any   // what the function panics with in the end
	}{
		{"none panics", []any{nil, nil, nil}, nil},
		{"one panics", []any{nil, "B", nil}, "B"},
		{"the newest goes on", []any{"B", nil, "C"}, "C"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ran []int
			got := func() (v any) {
				defer func() { v = recover() }()
				d := NewDefers()
				defer d.End()
				for i := len(tt.panics) - 1; i >= 0; i-- {
					defer d.Func(func() {
						ran = append(ran, i)
						if tt.panics[i] != nil {
							panic(tt.panics[i])
						}
					})()
				}
				return nil
			}()
			if fmt.Sprint(ran) != "[0 1 2]" {
				t.Errorf("ran %v, want every deferred call, in order", ran)
			}
			if got != tt.want {
				t.Errorf("the function panicked with %v, want %v", got, tt.want)
			}
		})
	}
}

// TestDefersKeepTypes checks that the guarded functions take and return
// what the functions they guard do.
func TestDefersKeepTypes(t *testing.T) {
	d := NewDefers()
	errX := errors.New("x")
	if err := d.FuncError(func() error { return errX })(); err != errX {
		t.Errorf("FuncError returned %v, want %v", err, errX)
	}
	join := d.Call(func(sep string, parts ...string) (string, int) {
		s := ""
		for i, p := range parts {
			if i > 0 {
				s += sep
			}
			s += p
		}
		return s, len(parts)
	}).(func(string, ...string) (string, int))
	if s, n := join("+", "a", "b"); s != "a+b" || n != 2 {
		t.Errorf("Call's function returned %q, %d, want \"a+b\", 2", s, n)
	}
	fail := d.Call(func(n int) int { panic(n) }).(func(int) int)
	if got := fail(7); got != 0 {
		t.Errorf("a function that panicked returned %d, want the zero value", got)
	}
	func() {
		defer func() {
			if r := recover(); r != 7 {
				t.Errorf("End raised %v, want 7", r)
			}
		}()
		d.End()
	}()
}

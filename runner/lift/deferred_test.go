package lift

import (
	"fmt"
	"strings"
	"testing"
)

// TestDeferredKeepsTypes checks that a deferred function value goes
// through Deferred or DeferredCall with the arguments and results it has,
// and that nothing is taken from the deferring frame where no recover()
// asks (take is what the rewritten file declares).
func TestDeferredKeepsTypes(t *testing.T) {
	taken := 0
	take := func() any { taken++; return "boom" }
	var got []string
	tests := []struct {
		name string
		call func()
		want string
	}{
		{"no arguments", func() { Deferred(func() { got = append(got, "ran") }, take)() }, "ran"},
		{"arguments", func() {
			f := DeferredCall(func(who string, n int) { got = append(got, fmt.Sprint(who, n)) }, take).(func(string, int))
			f("conn", 3)
		}, "conn3"},
		{"variadic", func() {
			f := DeferredCall(func(sep string, parts ...string) { got = append(got, strings.Join(parts, sep)) }, take).(func(string, ...string))
			f("-", "a", "b")
		}, "a-b"},
		{"results", func() {
			f := DeferredCall(func() (string, error) { return "result", nil }, take).(func() (string, error))
			s, _ := f()
			got = append(got, s)
		}, "result"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got = nil
			tt.call()
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if taken != 0 {
				t.Errorf("took the deferring frame's panic %d times, where no recover() asked", taken)
			}
			if n := inFlight.Load(); n != 0 {
				t.Errorf("%d deferred calls still noted after the call", n)
			}
		})
	}
}

// TestDeferredPanics checks that a panic of the deferred function goes on
// through Deferred, and ends what it noted.
func TestDeferredPanics(t *testing.T) {
	got := func() (v any) {
		defer func() { v = recover() }()
		Deferred(func() { panic("in the deferred call") }, func() any { return nil })()
		return nil
	}()
	if got != "in the deferred call" {
		t.Errorf("recovered %v, want the deferred call's panic", got)
	}
	if n := inFlight.Load(); n != 0 {
		t.Errorf("%d deferred calls still noted after the panic", n)
	}
}

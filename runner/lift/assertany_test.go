package lift

import (
	"runtime"
	"testing"
)

// TestAssertAny checks that the assertions to the empty interface give
// the value, and fail for nil alone with Go's runtime error.
func TestAssertAny(t *testing.T) {
	tests := []struct {
		name string
		x    any
	}{
		{"int", 1},
		{"string", "s"},
		{"pointer", new(int)},
		{"nil pointer", (*int)(nil)},
		{"slice", []int{1}},
		{"error", RuntimeError("e")},
		{"nil", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, ok := AssertAnyOK(tt.x)
			if ok != (tt.x != nil) || v != nil && !ok {
				t.Errorf("AssertAnyOK(%#v) = %v, %v", tt.x, v, ok)
			}
			for _, tc := range []struct {
				name   string
				assert func() any
				want   string
			}{
				{"AssertAny", func() any { return AssertAny(tt.x) }, "interface conversion: interface is nil, not interface {}"},
				{"AssertEmpty", func() any { return AssertEmpty(tt.x, "main.Event") }, "interface conversion: interface is nil, not main.Event"},
			} {
				got, r := func() (v any, r any) {
					defer func() { r = recover() }()
					return tc.assert(), nil
				}()
				if tt.x == nil {
					err, isRuntime := r.(runtime.Error)
					if !isRuntime || err.Error() != tc.want {
						t.Errorf("%s(nil) panicked with %v, want the runtime error %q", tc.name, r, tc.want)
					}
					continue
				}
				if r != nil || got == nil {
					t.Errorf("%s(%#v) = %v, panic %v", tc.name, tt.x, got, r)
				}
			}
		})
	}
	if _, ok := func() (r any) {
		defer func() { r = recover() }()
		AssertAny(nil)
		return nil
	}().(*runtime.TypeAssertionError); !ok {
		t.Errorf("AssertAny(nil) did not panic with Go's *runtime.TypeAssertionError")
	}
}

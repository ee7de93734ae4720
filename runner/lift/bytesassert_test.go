package lift

import (
	"fmt"
	"runtime"
	"testing"
)

// TestBytesAs checks that an assertion through BytesAs and BytesMust
// passes on only a value of the exact type asked for, with Go's message
// where the single-value form fails.
func TestBytesAs(t *testing.T) {
	tests := []struct {
		name  string
		x     any
		want  any
		ok    bool
		panic string
	}{
		{"a []byte asked for []byte", []byte("a"), []byte(nil), true, ""},
		{"a pool type asked for itself", Bytes_1("a"), Bytes_1(nil), true, ""},
		{"a []byte asked for a pool type", []byte("a"), Bytes_1(nil), false, "interface conversion: interface {} is []uint8, not lift.Bytes_1"},
		{"a pool type asked for []byte", Bytes_2("a"), []byte(nil), false, "interface conversion: interface {} is lift.Bytes_2, not []uint8"},
		{"another pool type", Bytes_String1("a"), Bytes_1(nil), false, "interface conversion: interface {} is lift.Bytes_String1, not lift.Bytes_1"},
		{"nil", nil, Bytes_1(nil), false, "interface conversion: interface {} is nil, not lift.Bytes_1"},
		{"a string", "a", []byte(nil), false, "interface conversion: interface {} is string, not []uint8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := BytesAs(tt.x, tt.want)
			if (got != nil) != tt.ok {
				t.Errorf("BytesAs = %v, want a value: %v", got, tt.ok)
			}
			func() {
				defer func() {
					r := recover()
					msg := ""
					if err, ok := r.(runtime.Error); ok {
						msg = err.Error()
						if got := fmt.Sprintf("%T", r); got != "*runtime.TypeAssertionError" {
							t.Errorf("BytesMust panicked with a %s, want Go's *runtime.TypeAssertionError", got)
						}
					}
					if msg != tt.panic {
						t.Errorf("BytesMust panicked with %v, want %q", r, tt.panic)
					}
				}()
				BytesMust(tt.x, tt.want, "interface {}")
			}()
		})
	}
}

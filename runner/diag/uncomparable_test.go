package diag

import (
	"reflect"
	"testing"
)

// TestNameUncomparables checks that the runtime errors of comparing and
// hashing a value of a type that NameUncomparable named name it, and no
// other message changes.
func TestNameUncomparables(t *testing.T) {
	NameUncomparable(reflect.TypeFor[map[string]uint16](), "main.Set")
	NameUncomparable(reflect.TypeFor[[]uint16](), "main.A")
	NameUncomparable(reflect.TypeFor[[]uint16](), "main.B") // two of one spelling: neither
	tests := []struct{ msg, want string }{
		{"runtime error: comparing uncomparable type map[string]uint16", "runtime error: comparing uncomparable type main.Set"},
		{"hash of unhashable type: map[string]uint16", "hash of unhashable type: main.Set"},
		{"runtime error: hash of unhashable type map[string]uint16", "runtime error: hash of unhashable type main.Set"},
		{"runtime error: comparing uncomparable type []uint16", "runtime error: comparing uncomparable type []uint16"},
		{"runtime error: comparing uncomparable type map[string]uint16 and more", "runtime error: comparing uncomparable type map[string]uint16 and more"},
		{"cannot use map[string]uint16", "cannot use map[string]uint16"},
	}
	for _, tt := range tests {
		if got := NameUncomparables(tt.msg); got != tt.want {
			t.Errorf("NameUncomparables(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
}

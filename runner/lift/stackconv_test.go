package lift

import (
	"strings"
	"testing"
)

func TestStackConversions(t *testing.T) {
	for _, tt := range []struct {
		s          string
		bcap, rcap int
	}{
		{"", 32, 32},
		{"hi", 32, 32},
		{"héllo\xff", 32, 32},
		{strings.Repeat("x", 32), 32, 32},
		{strings.Repeat("x", 33), 48, 36}, // the heap's size classes of 48 and 144 bytes
		{strings.Repeat("é", 20), 48, 32},
	} {
		b, r := StackBytes(tt.s), StackRunes(tt.s)
		if string(b) != tt.s || string(r) != string([]rune(tt.s)) || len(r) != len([]rune(tt.s)) {
			t.Errorf("%q: got %q and %q", tt.s, b, string(r))
		}
		if cap(b) != tt.bcap || cap(r) != tt.rcap {
			t.Errorf("%q: caps %d and %d, want %d and %d", tt.s, cap(b), cap(r), tt.bcap, tt.rcap)
		}
	}
}

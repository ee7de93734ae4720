package lift

import (
	"reflect"
	"testing"
)

// TestShowHeldLeavesOthers: a value whose type holds no wrapper of the
// interpreter's is handed back as it is, for fmt to print.
func TestShowHeldLeavesOthers(t *testing.T) {
	type pair struct {
		A any
		B []string
	}
	for _, x := range []any{nil, 3, []int{1, 2}, map[string]any{"a": 1}, pair{1, nil}, [2]error{}} {
		got := ShowHeld(x, nil)
		if !reflect.DeepEqual(got, x) {
			t.Errorf("ShowHeld(%#v) = %#v, want it as it was", x, got)
		}
		if _, ok := got.(shown); ok {
			t.Errorf("ShowHeld(%#v) is a shown value", x)
		}
	}
}

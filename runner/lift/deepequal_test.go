package lift

import (
	"reflect"
	"testing"
)

// TestHeldOutLeavesOthers: heldOut leaves a value without the
// interpreter's wrappers as it is, so DeepEqual answers as Go's does.
func TestHeldOutLeavesOthers(t *testing.T) {
	for _, x := range []any{nil, 1, []int{1}, map[string]any{"a": 1}, [2]error{}, []any(nil)} {
		if got := heldOut(x); !reflect.DeepEqual(got, x) || reflect.TypeOf(got) != reflect.TypeOf(x) {
			t.Errorf("heldOut(%#v) = %#v", x, got)
		}
	}
	if DeepEqual([]any{1}, []int{1}) || !DeepEqual([]any{1}, []any{1}) {
		t.Error("DeepEqual of []any and []int")
	}
}

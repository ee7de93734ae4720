package lift

import (
	"fmt"
	"runtime"
	"testing"
)

// goConversion converts a slice of length n to [4]int in compiled code
// and returns what it panics with, or nil.
func goConversion(n int) (r any) {
	defer func() { r = recover() }()
	_ = [4]int(make([]int, n))
	return nil
}

func TestArrayLen(t *testing.T) {
	tests := []struct{ n, want int }{{0, 4}, {2, 4}, {3, 4}, {4, 4}, {7, 4}}
	for _, tt := range tests {
		got := func() (r any) {
			defer func() { r = recover() }()
			if i := ArrayLen(tt.n, tt.want); i != 0 {
				t.Errorf("ArrayLen(%d, %d) = %d, want 0", tt.n, tt.want, i)
			}
			return nil
		}()
		want := goConversion(tt.n)
		if fmt.Sprintf("%T %v", got, got) != fmt.Sprintf("%T %v", want, want) {
			t.Errorf("ArrayLen(%d, %d) panicked with %T %v, Go with %T %v", tt.n, tt.want, got, got, want, want)
		}
		if want != nil {
			if _, ok := got.(runtime.Error); !ok {
				t.Errorf("ArrayLen(%d, %d) panicked with %T, not a runtime.Error", tt.n, tt.want, got)
			}
		}
	}
}

package lift

import (
	"fmt"
	"runtime"
	"testing"
)

// TestGoexiting checks what the written-out iter.Pull rests on to tell a
// sequence's runtime.Goexit from its panic(nil): in a deferred call,
// Goexiting holds only while runtime.Goexit runs the deferred calls.
func TestGoexiting(t *testing.T) {
	tests := []struct {
		name string
		end  func()
		want bool
	}{
		{"return", func() {}, false},
		{"runtime.Goexit", runtime.Goexit, true},
		{"panic", func() { panic("boom") }, false},
		{"panic(nil)", func() { panic(nil) }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := make(chan bool, 1)
			go func() {
				defer func() {
					got <- Goexiting()
					recover()
				}()
				tt.end()
			}()
			if g := <-got; g != tt.want {
				t.Errorf("Goexiting() = %v, want %v", g, tt.want)
			}
		})
	}
	if Goexiting() {
		t.Error("Goexiting() holds outside a deferred call")
	}
}

// TestPanicNil checks that PanicNil is what Go's recover returns for
// panic(nil).
func TestPanicNil(t *testing.T) {
	var got any
	func() {
		defer func() { got = recover() }()
		panic(nil)
	}()
	if want := PanicNil(); fmt.Sprintf("%T %v", got, got) != fmt.Sprintf("%T %v", want, want) {
		t.Errorf("PanicNil() = %T %v, recover() after panic(nil) = %T %v", want, want, got, got)
	}
}

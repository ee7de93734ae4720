package lift

import (
	"fmt"
	"testing"
)

type nilPanics struct{ s string }

func (e *nilPanics) Error() string { return e.s }

type nilReads struct{}

func (*nilReads) String() string { return "nil reads" }

type nilPlain struct{ n int }

// nilBox stands for the box of pass typednil: it prints as the nil
// pointer it holds, through NilFormat.
type nilBox struct {
	method func() string
	name   string
}

func (b nilBox) Format(f fmt.State, verb rune) { NilFormat(f, verb, b.method, b.name) }

// TestNilFormat checks that a box prints, for every verb and flag, as fmt
// prints the nil pointer itself held in an interface.
func TestNilFormat(t *testing.T) {
	kinds := []struct {
		name string
		nil  any
		box  nilBox
	}{
		{"Error panics", (*nilPanics)(nil), nilBox{func() string { return (*nilPanics)(nil).Error() }, "*lift.nilPanics"}},
		{"String returns", (*nilReads)(nil), nilBox{func() string { return (*nilReads)(nil).String() }, "*lift.nilReads"}},
		{"no method", (*nilPlain)(nil), nilBox{nil, "*lift.nilPlain"}},
	}
	formats := []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d", "%b", "%t", "%10v", "%-10v|", "%.2v", "%10.3s", "%-8q|", "%08v", "%#x", "%e", "%c"}
	for _, k := range kinds {
		for _, format := range formats {
			t.Run(k.name+" "+format, func(t *testing.T) {
				want := fmt.Sprintf(format, k.nil)
				if got := fmt.Sprintf(format, k.box); got != want {
					t.Errorf("Sprintf(%q) = %q, want %q", format, got, want)
				}
			})
		}
		t.Run(k.name+" Println", func(t *testing.T) {
			want := fmt.Sprintln(k.nil, []any{k.nil}, struct{ E any }{k.nil})
			if got := fmt.Sprintln(k.box, []any{k.box}, struct{ E any }{k.box}); got != want {
				t.Errorf("Sprintln = %q, want %q", got, want)
			}
		})
	}
}

package refuse_test

import (
	"strings"
	"testing"
)

// TestLookalikeComparisons checks that comparing an interface with a
// struct value of a type that another type of the script looks like is
// refused, with == and in a switch, and that other comparisons are not.
func TestLookalikeComparisons(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"== with an unnamed lookalike about", "type P struct{ X int }\n\nfunc main() {\n\tvar v any = struct{ X int }{1}\n\t_ = v == P{1}\n}", "main.go:19:11: the interpreter cannot tell P from struct{X int} in a comparison"},
		{"a switch case", "type P struct{ X int }\n\nfunc main() {\n\tvar v any = struct{ X int }{1}\n\tswitch v {\n\tcase P{1}:\n\t}\n}", "main.go:20:7: the interpreter cannot tell P from struct{X int} in a comparison"},
		{"no refusal: no lookalike", "type P struct{ X int }\n\nfunc main() {\n\tvar v any = P{1}\n\t_ = v == P{1}\n}", ""},
		{"no refusal: two struct types alike, which the rewrite marks", "type P struct{ X int }\ntype Q struct{ X int }\n\nfunc main() {\n\tvar v any = Q{1}\n\t_ = v == P{1}\n}", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := check(t, tt.body)
			if tt.want == "" {
				for _, g := range got {
					if strings.Contains(g, "comparison") {
						t.Errorf("refused: %s", g)
					}
				}
				return
			}
			hasRefusal(t, got, tt.want)
		})
	}
}

// TestLookalikeSpelling: of identical types written apart (a function
// type with its parameters named, and a literal without the names), the
// refusal spells the one the source writes first as a value, on every
// run; Go's maps
// of the type checker hold them in no order.
func TestLookalikeSpelling(t *testing.T) {
	body := "type Handler func(w *os.File, n int)\n\nfunc main() {\n\tvar named func(w *os.File, n int)\n\t_ = named\n\tf := func(*os.File, int) {}\n\tvar v any = f\n\t_, _ = v.(Handler)\n}"
	const want = "the interpreter cannot tell Handler from func(w *os.File, n int) in a type assertion"
	for range 20 {
		hasRefusal(t, check(t, body), want)
	}
}

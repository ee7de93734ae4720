package refuse_test

import (
	"strings"
	"testing"
)

// TestSelectSends checks that a value a select's case sends is refused
// where the interpreter computes it in several steps, and kept where it
// takes one or none.
func TestSelectSends(t *testing.T) {
	const head = "var x = 1\n\nfunc id(n int) int { return n }\n\ntype P struct{ q struct{ f int } }\n\nfunc main() {\n\tc, p, s := make(chan any, 9), &P{}, []int{1, 2}\n\t_, _ = p, s\n\tselect {\n\tcase c <- "
	const tail = ":\n\t}\n}"
	tests := []struct{ value, want string }{
		{"x*2 + 1", "main.go:25:12: the interpreter sends a wrong value where a select's case sends a value it computes in several steps"},
		{"id(x + 1)", "main.go:25:12: the interpreter sends a wrong value"},
		{"(x + 1)", "main.go:25:12: the interpreter sends a wrong value"},
		{"p.q.f", "main.go:25:12: the interpreter sends a wrong value"},
		{"&P{}", "main.go:25:12: the interpreter sends a wrong value"},
		{"fmt.Sprint(x) + \"!\"", "main.go:25:12: the interpreter sends a wrong value"},
		{"x + 1", ""},
		{"s[x]", ""},
		{"len(s)", ""},
		{"-x", ""},
		{"fmt.Sprint(x)", ""},
		{"int64(x)", ""},
		{"1 << 3 + 2", ""},
		{"func() int { return id(x + 1) }", ""},
	}
	for _, tt := range tests {
		t.Run(tt.value, func(t *testing.T) {
			got := check(t, head+tt.value+tail)
			if tt.want == "" {
				for _, g := range got {
					if strings.Contains(g, "select") {
						t.Errorf("refused: %s", g)
					}
				}
				return
			}
			hasRefusal(t, got, tt.want)
		})
	}
}

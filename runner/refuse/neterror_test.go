package refuse_test

import (
	"strings"
	"testing"
)

// TestErrorsAsNetError: errors.As with a net.Error target is accepted
// where every error type the script declares that implements net.Error is
// of the top level and not generic (lift's wrappers of such an error have
// Timeout and Temporary), and refused where one is declared in a function
// or generic.
func TestErrorsAsNetError(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"errors\"\n\t\"net\"\n)\n\ntype T struct{ op string }\n\nfunc (e *T) Error() string { return e.op }\nfunc (e *T) Timeout() bool { return true }\nfunc (e *T) Temporary() bool { return false }\n\ntype B int\n\nfunc (b B) Error() string { return \"b\" }\nfunc (b B) Timeout() bool { return false }\nfunc (b B) Temporary() bool { return true }\n\n"
	const use = "\tvar ne net.Error\n\t_ = errors.As(nil, &ne)\n"
	for _, got := range checkSource(t, head+"func main() {\n"+use+"}\n") {
		t.Errorf("refused: %s", got)
	}
	for _, tt := range []struct{ name, src string }{
		{"declared in a function", head + "func main() {\n\ttype L struct{ T }\n\t_ = L{}\n" + use + "}\n"},
		{"generic", head + "type G[V any] struct{ T }\n\nfunc main() {\n\t_ = G[int]{}\n" + use + "}\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := checkSource(t, tt.src)
			if !strings.Contains(strings.Join(got, "\n"), "is a net.Error in the interpreter, which hands errors.As a wrapper with the methods of error alone") {
				t.Errorf("refusals %q, want errors.As's of net.Error", got)
			}
		})
	}
}

// TestAssertNetError: an assertion to net.Error, or a type switch's case
// of it whose variable is used, of an error the script made is accepted
// where errors.As of a net.Error target is (every error type of the
// script that implements it at the top level, not generic), and refused
// where it is not.
func TestAssertNetError(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"fmt\"\n\t\"net\"\n)\n\ntype T struct{ op string }\n\nfunc (e *T) Error() string { return e.op }\nfunc (e *T) Timeout() bool { return true }\nfunc (e *T) Temporary() bool { return false }\n\n"
	const use = "\tvar err error = &T{\"x\"}\n\tif ne, ok := err.(net.Error); ok {\n\t\tfmt.Println(ne.Timeout())\n\t}\n\tswitch e := err.(type) {\n\tcase net.Error:\n\t\tfmt.Println(e.Temporary())\n\t}\n"
	for _, got := range checkSource(t, head+"func main() {\n"+use+"}\n") {
		t.Errorf("refused: %s", got)
	}
	got := strings.Join(checkSource(t, head+"type G[V any] struct{ T }\n\nfunc main() {\n\t_ = G[int]{}\n"+use+"}\n"), "\n")
	for _, want := range []string{
		"the interpreter does not see that a value the script made implements net.Error",
		"case net.Error: the interpreter's type switch gives a value the script made, as net.Error, without its methods",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("with a generic error type: refusals %q, want %q", got, want)
		}
	}
}

package refuse_test

import (
	"strings"
	"testing"
)

// TestInterfaceMapKeys checks which maps keyed by an interface are
// refused: by one the script declares, and by one of Go's library that a
// script's type implements.
func TestInterfaceMapKeys(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"keyed by a script's interface", "type Shape interface{ Area() int }\n\nfunc main() { _ = map[Shape]int{} }", "main.go:17:23: the interpreter keeps a value of Shape in a form of its own"},
		{"keyed by an interface literal with methods", "func main() { _ = make(map[interface{ Area() int }]bool) }", "main.go:15:28: the interpreter keeps a value of interface{Area() int} in a form of its own"},
		{"keyed by error, with a pointer error type", "type E struct{ n int }\n\nfunc (*E) Error() string { return \"\" }\n\nvar seen map[error]int", "main.go:19:14: the interpreter keeps a *E stored as error in a wrapper that a map cannot hash"},
		{"keyed by error, with a struct error type", "type E struct{ n int }\n\nfunc (E) Error() string { return \"\" }\n\ntype Seen map[error]int", "main.go:19:15: the interpreter keeps a E stored as error"},
		{"keyed by fmt.Stringer, with a struct Stringer", "type P struct{ X int }\n\nfunc (p P) String() string { return \"\" }\n\nfunc main() { _ = map[fmt.Stringer]int{} }", "main.go:19:23: the interpreter keeps a P stored as fmt.Stringer"},
		{"no refusal: keyed by error, no error type", "func main() { _ = map[error]int{errors.New(\"x\"): 1} }", ""},
		{"no refusal: keyed by error, an error type on int", "type Code int\n\nfunc (c Code) Error() string { return \"\" }\n\nfunc main() { _ = map[error]int{Code(1): 1} }", ""},
		{"no refusal: keyed by any", "type Shape interface{ Area() int }\n\nfunc main() { _ = map[any]int{} }", ""},
		{"keyed by a struct with a field of any, with a type with methods", "type P struct{ X int }\n\nfunc (p P) String() string { return \"\" }\n\ntype K struct{ A, B any }\n\nvar seen = map[K]int{}", "main.go:21:16: the interpreter keeps a value of a type with methods stored in a field or element of type any of K"},
		{"keyed by an array of any, with a type with methods", "type P struct{ X int }\n\nfunc (p *P) Set() {}\n\nvar seen map[[2]any]bool", "main.go:19:14: the interpreter keeps a value of a type with methods stored in a field or element of type any of [2]any"},
		{"no refusal: keyed by a struct with a field of any, no type with methods", "type K struct{ A, B any }\n\nvar seen = map[K]int{}", ""},
		{"no refusal: keyed by a type parameter", "type Set[K comparable] map[K]bool\n\nfunc main() { _ = Set[int]{} }", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := check(t, tt.body)
			if tt.want == "" {
				for _, g := range got {
					if strings.Contains(g, "map") {
						t.Errorf("refused: %s", g)
					}
				}
				return
			}
			hasRefusal(t, got, tt.want)
		})
	}
}

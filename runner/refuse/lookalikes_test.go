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

// TestLookalikeHeld checks that a type assertion or type switch case of
// a type whose runtime form another type shares is refused only where the
// interface asserted may hold the other type: a function type with a
// method, asserted from an interface of that method, is not confused
// with the function type it is declared on, which has no methods.
func TestLookalikeHeld(t *testing.T) {
	const decls = "type Handler interface{ Serve(n int) }\n\ntype HandlerFunc func(n int)\n\nfunc (f HandlerFunc) Serve(n int) { f(n) }\n\nvar plain func(n int) = func(int) {}\n\n"
	tests := []struct{ name, body, want string }{
		{"an assertion from the interface", "func main() {\n\tvar h Handler = HandlerFunc(plain)\n\t_, _ = h.(HandlerFunc)\n}", ""},
		{"a type switch on the interface", "func main() {\n\tvar h Handler = HandlerFunc(plain)\n\tswitch h.(type) {\n\tcase HandlerFunc:\n\t}\n}", ""},
		{"an assertion from any", "func main() {\n\tvar v any = plain\n\t_, _ = v.(HandlerFunc)\n}",
			"main.go:25:12: the interpreter cannot tell HandlerFunc from func("},
		{"an assertion from the interface, another type implementing it alike", "type Other func(n int)\n\nfunc (o Other) Serve(n int) {}\n\nfunc main() {\n\tvar h Handler = Other(plain)\n\t_, _ = h.(HandlerFunc)\n}",
			"main.go:29:12: the interpreter cannot tell HandlerFunc from Other in a type assertion"},
		{"an assertion from the interface that only one of two alike types reaches, the other handed to fmt alone", "type Other func(n int)\n\nfunc (o Other) Serve(n int) {}\n\nfunc main() {\n\tfmt.Println(Other(plain) != nil)\n\tvar h Handler = HandlerFunc(plain)\n\t_, _ = h.(HandlerFunc)\n}", ""},
		{"an assertion from the interface that the other alike type reaches through a call's results handed on whole", "type Other func(n int)\n\nfunc (o Other) Serve(n int) {}\n\nfunc two() (Other, error) { return Other(plain), nil }\n\nfunc get() (Handler, error) { return two() }\n\nfunc main() {\n\th, _ := get()\n\t_, _ = h.(HandlerFunc)\n}",
			"main.go:33:12: the interpreter cannot tell HandlerFunc from Other in a type assertion"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := check(t, decls+tt.body)
			if tt.want == "" {
				for _, g := range got {
					if strings.Contains(g, "cannot tell") {
						t.Errorf("refused: %s", g)
					}
				}
				return
			}
			hasRefusal(t, got, tt.want)
		})
	}
}

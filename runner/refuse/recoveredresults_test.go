package refuse_test

import (
	"strings"
	"testing"
)

// TestRecoveredResults checks that fmt.Errorf's %w of what a function
// returns of recover's value, where a panic of a type of the script's
// that the recover site cannot give back as an error can reach it (a
// generic one, one that is no error), is refused, through a variable or
// the call itself, and that other uses of such a value, and the same of a
// panic of Go's or of an error type of the script's top level, are not.
func TestRecoveredResults(t *testing.T) {
	const scriptPanic = "type E[T any] struct{ n T }\n\nfunc (*E[T]) Error() string { return \"\" }\n\nfunc risky() { panic(&E[int]{2}) }\n\n"
	const notError = "type E struct{ n int }\n\nfunc (E) String() string { return \"\" }\n\nfunc risky() { panic(E{2}) }\n\n"
	const topError = "type E struct{ n int }\n\nfunc (*E) Error() string { return \"\" }\n\nfunc risky() { panic(&E{2}) }\n\n"
	const goPanic = "func risky() { panic(errors.New(\"x\")) }\n\n"
	const try = "func try() (v any) {\n\tdefer func() { v = recover() }()\n\trisky()\n\treturn nil\n}\n\n"
	const tryVia = "func try() (v any, ok bool) {\n\tdefer func() {\n\t\tr := recover()\n\t\tv = r\n\t}()\n\trisky()\n\treturn nil, true\n}\n\n"
	const refusal = "may carry a value of type *E[int], which recover returns without the interpreter's record of its type"
	const refusalNotError = "may carry a value of type E, which is no error: %w of it writes %!w(...)"
	tests := []struct {
		name, body string
		want       string // "" where nothing is refused
	}{
		{"a variable the call is assigned to", scriptPanic + try + "func main() {\n\tv := try()\n\t_ = fmt.Errorf(\"x: %w\", v)\n}", "main.go:29:26: try returns what recover returned in it, and the panic at main.go:19:16 " + refusal},
		{"the call itself", scriptPanic + try + "func main() {\n\t_ = fmt.Errorf(\"x: %w\", try())\n}", "main.go:28:26: try returns what recover returned in it, and the panic at main.go:19:16 " + refusal},
		{"a result assigned through a variable, of two", scriptPanic + tryVia + "func main() {\n\tv, _ := try()\n\tw := v\n\t_ = fmt.Errorf(\"%d: %w\", 1, w)\n}", "main.go:33:30: try returns what recover returned in it, and the panic at main.go:19:16 " + refusal},
		{"printed with %v", scriptPanic + try + "func main() {\n\tv := try()\n\t_ = fmt.Errorf(\"x: %v\", v)\n\tfmt.Println(v)\n}", ""},
		{"a panic of Go's", goPanic + try + "func main() {\n\tv := try()\n\t_ = fmt.Errorf(\"x: %w\", v)\n}", ""},
		{"a panic of an error type of the script's top level", topError + try + "func main() {\n\tv := try()\n\t_ = fmt.Errorf(\"x: %w\", v)\n}", ""},
		{"a panic of a type of the script's that is no error", notError + try + "func main() {\n\t_ = fmt.Errorf(\"x: %w\", try())\n}", "main.go:28:26: try returns what recover returned in it, and the panic at main.go:19:16 " + refusalNotError},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := check(t, tt.body)
			if tt.want == "" {
				for _, g := range got {
					if strings.Contains(g, "fmt.Errorf's %w") || strings.Contains(g, "which is no error") {
						t.Errorf("refused: %s", g)
					}
				}
				return
			}
			hasRefusal(t, got, tt.want)
		})
	}
}

package refuse_test

import (
	"strings"
	"testing"
)

// TestRecoveredResults checks that fmt.Errorf's %w of what a function
// returns of recover's value, where a panic of the script's type can reach
// it, is refused, through a variable or the call itself, and that other
// uses of such a value, and the same of a panic of Go's, are not.
func TestRecoveredResults(t *testing.T) {
	const scriptPanic = "type E struct{ n int }\n\nfunc (*E) Error() string { return \"\" }\n\nfunc risky() { panic(&E{2}) }\n\n"
	const goPanic = "func risky() { panic(errors.New(\"x\")) }\n\n"
	const try = "func try() (v any) {\n\tdefer func() { v = recover() }()\n\trisky()\n\treturn nil\n}\n\n"
	const tryVia = "func try() (v any, ok bool) {\n\tdefer func() {\n\t\tr := recover()\n\t\tv = r\n\t}()\n\trisky()\n\treturn nil, true\n}\n\n"
	const refusal = "carries a value of a type the script declares, which recover returns without the interpreter's record of its type, so fmt.Errorf's %w"
	tests := []struct {
		name, body string
		want       string // "" where nothing is refused
	}{
		{"a variable the call is assigned to", scriptPanic + try + "func main() {\n\tv := try()\n\t_ = fmt.Errorf(\"x: %w\", v)\n}", "main.go:29:26: try returns what recover returned in it, and the panic at main.go:19:16 " + refusal},
		{"the call itself", scriptPanic + try + "func main() {\n\t_ = fmt.Errorf(\"x: %w\", try())\n}", "main.go:28:26: try returns what recover returned in it, and the panic at main.go:19:16 " + refusal},
		{"a result assigned through a variable, of two", scriptPanic + tryVia + "func main() {\n\tv, _ := try()\n\tw := v\n\t_ = fmt.Errorf(\"%d: %w\", 1, w)\n}", "main.go:33:30: try returns what recover returned in it, and the panic at main.go:19:16 " + refusal},
		{"printed with %v", scriptPanic + try + "func main() {\n\tv := try()\n\t_ = fmt.Errorf(\"x: %v\", v)\n\tfmt.Println(v)\n}", ""},
		{"a panic of Go's", goPanic + try + "func main() {\n\tv := try()\n\t_ = fmt.Errorf(\"x: %w\", v)\n}", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := check(t, tt.body)
			if tt.want == "" {
				for _, g := range got {
					if strings.Contains(g, refusal) {
						t.Errorf("refused: %s", g)
					}
				}
				return
			}
			hasRefusal(t, got, tt.want)
		})
	}
}

package rewrite_test

import (
	"regexp"
	"testing"
)

// TestPrintedResults: a printing call without a format whose operands are
// the results of another call hands them to a function of the file that
// shows each as an argument of its type is shown, and prints the slice it
// returns; results that print as Go prints them stay as they are.
func TestPrintedResults(t *testing.T) {
	const head = "package main\n\nimport \"fmt\"\n\ntype V struct{ N int }\n\nfunc (v V) String() string { return \"v\" }\n\n"
	tests := []struct {
		name      string
		src       string
		want, not []string
	}{
		{"a value and an error", head + "func f() (V, error) { return V{1}, nil }\n\nfunc main() { fmt.Println(f()) }\n",
			[]string{"fmt.Println(_slResults", "(f())...)", "(r0 V, r1 error) []any { return []any{_sl", ".Show(r0, _slT", "), r1} }"}, nil},
		{"an any", head + "func f() (any, int) { return V{1}, 2 }\n\nfunc main() { fmt.Print(f()) }\n",
			[]string{"fmt.Print(_slResults", "(r0 any, r1 int) []any { return []any{_slAny", "(r0), r1} }"}, nil},
		{"nothing to show", "package main\n\nimport (\n\t\"fmt\"\n\t\"strconv\"\n)\n\nfunc main() { fmt.Println(strconv.Atoi(\"1\")) }\n",
			nil, []string{"_slResults"}},
		{"a format", head + "func f() (string, V) { return \"%v\", V{1} }\n\nfunc main() { fmt.Printf(f()) }\n",
			nil, []string{"_slResults"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}

// TestPrintedResultsShareFunctions: calls whose results are shown alike
// share one function.
func TestPrintedResultsShareFunctions(t *testing.T) {
	src := "package main\n\nimport \"fmt\"\n\ntype V struct{ N int }\n\nfunc (v V) String() string { return \"v\" }\n\nfunc f() (V, error) { return V{1}, nil }\n\nfunc main() {\n\tfmt.Println(f())\n\tfmt.Println(f())\n}\n"
	out := string(lift(t, "main.go", src))
	m := regexp.MustCompile(`fmt\.Println\((_slResults\d+)\(f\(\)\)\.\.\.\)\n\tfmt\.Println\((_slResults\d+)\(f\(\)\)\.\.\.\)`).FindStringSubmatch(out)
	if m == nil || m[1] != m[2] || len(regexp.MustCompile(`func _slResults\d+\(`).FindAllString(out, -1)) != 1 {
		t.Errorf("want one function for both calls:\n%s", out)
	}
}

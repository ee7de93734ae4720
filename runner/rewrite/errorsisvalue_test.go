package rewrite_test

import "testing"

// TestErrorsIsValues: errors.Is taken as a value becomes lift.ErrorsIs,
// keeping the columns; a call of it is pass ifaceequal's.
func TestErrorsIsValues(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n)\n\ntype NotFound struct{ Key string }\n\nfunc (e NotFound) Error() string { return e.Key }\n\n"
	tests := []struct {
		name      string
		src       string
		want, not []string
	}{
		{"a variable", head + "func main() {\n\tis := errors.Is\n\tfmt.Println(is(fmt.Errorf(\"w: %w\", NotFound{\"k\"}), NotFound{\"k\"}))\n}\n",
			[]string{"is := _sl", ".ErrorsIs/*line :13:17*/"}, nil},
		{"a table", head + "var checks = map[string]func(error, error) bool{\"is\": errors.Is}\n\nfunc main() {\n\tfmt.Println(checks[\"is\"](NotFound{}, NotFound{}))\n}\n",
			[]string{"{\"is\": _sl"}, []string{"errors.Is}"}},
		{"a call", "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\t\"io\"\n)\n\nfunc main() {\n\tfmt.Println(errors.Is(io.EOF, io.EOF))\n}\n", []string{"errors.Is(io.EOF"}, []string{"ErrorsIs"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}

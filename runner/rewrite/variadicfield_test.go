package rewrite_test

import "testing"

// TestVariadicFields: a call of a field of a variadic function type with
// more arguments than parameters spreads a slice of the extra ones,
// keeping the columns; a call that hands no more, or spreads a slice
// itself, and a call of a method are left alone.
func TestVariadicFields(t *testing.T) {
	const decls = "package main\n\nimport \"fmt\"\n\nvar _ = fmt.Sprint\n\ntype R struct{ logf func(string, ...any) }\n\nfunc (R) log(f string, a ...any) {}\n\n"
	tests := []struct {
		name      string
		src       string
		want, not []string
	}{
		{"extra arguments", decls + "func main() {\n\tr := R{func(f string, a ...any) { fmt.Printf(f, a...) }}\n\tr.logf(\"%s=%d\\n\", \"k\", 1)\n}\n",
			[]string{"r.logf(\"%s=%d\\n\", []any{/*line :13:20*/\"k\", 1}.../*line :13:26*/)"}, nil},
		{"through a pointer", decls + "func main() {\n\tr := &R{}\n\tr.logf(\"x\", 1, 2)\n}\n", []string{"[]any{/*line :13:14*/1, 2}..."}, nil},
		{"one extra argument", decls + "func main() {\n\tvar r R\n\tr.logf(\"x\", 1)\n}\n", nil, []string{"[]any{"}},
		{"a slice spread", decls + "func main() {\n\tvar r R\n\tr.logf(\"x\", []any{1, 2}...)\n}\n", nil, []string{"[]any{/*"}},
		{"a method", decls + "func main() {\n\tvar r R\n\tr.log(\"x\", 1, 2)\n}\n", nil, []string{"[]any{"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}

// TestVariadicFieldsRefuse: a deferred call of a variadic field with a
// slice spread, and a go statement's with more arguments than parameters,
// are refused; one in a function literal is lifted.
func TestVariadicFieldsRefuse(t *testing.T) {
	const decls = "package main\n\ntype R struct{ out func(string, ...int) }\n\nfunc main() {\n\tvar r R\n"
	const why = ": the interpreter stops a deferred call, or one a go statement starts, of a field of a variadic function type that spreads a slice or hands it more arguments than its parameters: make the call inside a function literal (defer func() { r.out(...) }())"
	refuses(t, decls+"\tdefer r.out(\"x\", []int{1}...)\n}\n", "main.go:7:8"+why)
	refuses(t, decls+"\tgo r.out(\"x\", 1, 2)\n}\n", "main.go:7:5"+why)
	liftHolds(t, decls+"\tdefer func() { r.out(\"x\", 1, 2) }()\n}\n", []string{"[]int{"}, nil)
}

package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("valueargs_error_arg", "func-value-error-arg"),
		fromCorpus("valueargs_returned_library_interface", "func-value-returned-library-interface"),
	)
}

// TestValueArgs checks which calls of function values get the conversion
// to an interface parameter written out.
func TestValueArgs(t *testing.T) {
	head := "package main\n\nimport \"io\"\n\ntype P struct{ X int }\n\ntype C struct{ F func(io.Writer, any) error; G func(...any) }\n\nfunc use(w io.Writer, v any) error { return nil }\n\nfunc main() {\n\tc := C{F: use}\n\tvar w io.Writer\n\t"
	for _, tt := range []struct {
		name, body string
		want, not  []string
	}{
		{"a field's function", "_ = c.F(w, P{1})", []string{"_ = c.F(w, any(/*line :14:13*/P{1})/*line :14:17*/)"}, nil},
		{"a variable taken from a field", "f := c.F\n\t_ = f(w, 3)", []string{"_ = f(w, any(/*line :15:11*/3)/*line :15:12*/)"}, nil},
		{"an interface argument, nil", "var v any = P{}\n\t_ = c.F(nil, v)", nil, []string{"any(", "io.Writer("}},
		{"a declared function", "_ = use(w, P{1})", nil, []string{"any("}},
		{"a variadic parameter", "c.G(P{1}, 2)", nil, []string{"any("}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, head+tt.body+"\n\t_, _ = c, w\n}\n", tt.want, tt.not)
		})
	}
}

// TestValueArgsConversion checks that an argument of a call of a function
// value is converted to an empty interface parameter, and to one of Go's
// library with methods where it is of the library's type, but not where it
// is of the script's.
func TestValueArgsConversion(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"bytes\"\n\t\"io\"\n)\n\ntype E struct{}\n\nfunc (*E) Error() string { return \"e\" }\n\nvar _, _ = bytes.MinRead, io.EOF\n\nfunc main() {\n\t"
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"an empty interface", "f := func(v any) {}\n\tf(E{})\n}\n", []string{"f(any("}, nil},
		{"io.Writer of the library's type", "f := func(w io.Writer) {}\n\tf(&bytes.Buffer{})\n}\n", []string{"f(io.Writer("}, nil},
		{"error of the script's type", "f := func(err error) {}\n\tf(&E{})\n}\n", nil, []string{"f(error("}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, head+tt.body, tt.want, tt.not)
		})
	}
}

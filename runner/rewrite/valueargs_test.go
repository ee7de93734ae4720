package rewrite_test

import "testing"

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

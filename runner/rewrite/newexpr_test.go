package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("new_expression", "new-expression"))
}

// TestNewExpr checks what pass newexpr writes for new of an expression,
// and that new of a type is left as it is.
func TestNewExpr(t *testing.T) {
	tests := []struct {
		name, stmt string
		want, not  []string
	}{
		{"a call", "p := new(f())", []string{"p := func(_new1 int) *int { return &_new1 }(/*line :8:11*/f())"}, nil},
		{"an untyped constant", "p := new(300)", []string{"func(_new1 int) *int { return &_new1 }(/*line :8:11*/300)"}, nil},
		{"a conversion", "p := new(int64(f()))", []string{"func(_new1 int64) *int64"}, nil},
		{"a slice", "p := new([]string{\"a\"})", []string{"func(_new1 []string) *[]string"}, nil},
		{"a type", "p := new(int)", []string{"p := new(int)"}, []string{"_new"}},
		{"a composite type", "p := new([]int)", []string{"p := new([]int)"}, []string{"_new"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nfunc f() int { return 1 }\n\nvar _ = f\n\nfunc main() {\n\t" + tt.stmt + "\n\t_ = p\n}\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}

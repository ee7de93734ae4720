package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("paramnames_unnamed", "unnamed-params"))
}

// TestParamNames: each unnamed parameter of a function with a body gets a
// name, with the columns after it kept; a parameter named _, a function
// type and an interface's method are left as they are.
func TestParamNames(t *testing.T) {
	const head = "package main\n\n"
	tests := []struct {
		name      string
		src       string
		want, not []string
	}{
		{"func literal", head + "var f = func(any) int { return 1 }\n\nfunc main() {}\n",
			[]string{"var f = func(_param1 /*line :3:14*/any) int { return 1 }\n"}, nil},
		{"several and variadic", head + "func f(string, ...int) {}\n\nfunc main() {}\n",
			[]string{"func f(_param1 /*line :3:8*/string, _param2 /*line :3:16*/...int) {}\n"}, nil},
		{"method", head + "type T struct{}\n\nfunc (T) M(bool) {}\n\nfunc main() {}\n",
			[]string{"func (T) M(_param1 /*line :5:12*/bool) {}\n"}, nil},
		{"left alone", head + "type H func(int) bool\n\ntype I interface{ M(int) }\n\nfunc f(_ int, _ string) {}\n\nfunc main() {}\n",
			[]string{"type H func(int) bool\n", "type I interface{ M(int) }\n", "func f(_ int, _ string) {}\n"}, []string{"_param"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}

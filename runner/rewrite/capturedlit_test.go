package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("capturedlit_struct", "lang-closure-assigns-struct"))
}

// TestCapturedLiterals checks which struct literals pass capturedlit
// puts in parentheses: those a function literal assigns to a variable of
// the function around it, alone.
func TestCapturedLiterals(t *testing.T) {
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"a variable of the function around", "func main() {\n\tvar p P\n\tfunc() { p = P{1, 2} }()\n\t_ = p\n}",
			[]string{"p = (/*line :11:15*/P{1, 2})/*line :11:22*/"}, nil},
		{"a named result in a deferred literal", "func f() (r P) {\n\tdefer func() { r = P{A: 1} }()\n\treturn\n}\n\nfunc main() { _ = f() }",
			[]string{"r = (/*line :10:21*/P{A: 1})/*line :10:28*/"}, nil},
		{"a variable outside a loop over a function, and the loop's own", "func seq(yield func(P) bool) {}\n\nfunc main() {\n\tvar last P\n\tfor p := range seq {\n\t\tlast = P{A: 1}\n\t\tp = P{}\n\t\t_ = p\n\t}\n\t_ = last\n}",
			[]string{"last = (/*line :14:10*/P{A: 1})/*line :14:17*/", "p = P{}"}, nil},
		{"a function that a call of Go's library returns, and one of the script's", "func mk() func() { return nil }\n\nfunc main() {\n\tvar stop func() bool\n\tvar f func()\n\tfunc() {\n\t\tstop = context.AfterFunc(context.Background(), func() {})\n\t\tf = mk()\n\t}()\n\t_, _ = stop, f\n}",
			[]string{"stop = (/*line :15:10*/context.AfterFunc(context.Background(), func() {}))/*line :15:60*/", "f = mk()"}, nil},
		{"a variable of the literal itself, and one of the package", "var g P\n\nfunc main() {\n\tfunc() {\n\t\tvar q P\n\t\tq = P{}\n\t\tg = P{}\n\t\t_ = q\n\t}()\n}",
			nil, []string{"(/*line"}},
		{"a slice literal, a pointer, a field, and two values (which pass multivalue wraps)", "func main() {\n\tvar s []int\n\tvar p *P\n\tvar w struct{ P }\n\tvar a, b P\n\tfunc() {\n\t\ts = []int{1}\n\t\tp = &P{}\n\t\tw.P = P{}\n\t\ta, b = P{}, P{}\n\t}()\n\t_, _, _, _, _ = s, p, w, a, b\n}",
			[]string{"p = &P{}", "w.P = P{}", "s = []int{1}"}, []string{"a, b = (/*line :16:10*/(/*line"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, "package main\n\nimport \"context\"\n\nvar _ = context.Background\n\ntype P struct{ A, B int }\n\n"+tt.body+"\n", tt.want, tt.not)
		})
	}
}

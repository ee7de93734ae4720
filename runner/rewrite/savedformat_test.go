package rewrite_test

import "testing"

// TestSavedFormatted: a deferred printing call with a format that is not a
// constant, whose arguments the printing pass hands lift as one value, is
// saved whole in a loop, its wrap inside the saved text and the comment;
// outside a loop, its arguments are saved one by one inside the wrap.
func TestSavedFormatted(t *testing.T) {
	src := "package main\n\nimport \"fmt\"\n\ntype S struct{ n int }\n\nfunc (s S) String() string { return \"s\" }\n\nfunc main() {\n\tf := \"%v\\n\"\n\ts := S{1}\n\tfor i := 0; i < 2; i++ {\n\t\tdefer fmt.Printf(f, s)\n\t\ts.n++\n\t}\n\tdefer fmt.Println(s)\n\tdefer fmt.Printf(f, s, s.n)\n\ts.n++\n}\n"
	liftHolds(t, src, []string{
		`_arg5, _arg6 := "%s", _sl2.Formatted(f, _sl2.Show(s, _slT3));`,
		`defer fmt.Printf(_arg5, _arg6 /* "%s", _sl2.Formatted(f, _sl2.Show(s, _slT3)) */)`,
		`defer fmt.Printf("%s", _sl2.Formatted(f, _arg8 /* _sl2.Show(s, _slT3) */, _arg9 /* s.n */))`,
	}, nil)
}

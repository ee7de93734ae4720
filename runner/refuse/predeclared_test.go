package refuse_test

import "testing"

// TestPredeclaredNames checks a variable and a parameter named iota and
// types named as predeclared types, and that other shadowed names of the
// universe (a variable len, string), fields and methods named so, and an
// alias inside a function named as a predeclared type, are not refused.
func TestPredeclaredNames(t *testing.T) {
	hasRefusal(t, checkSource(t, "package main\n\nfunc main() {\n\tvar iota = 10\n\tprintln(iota)\n}\n"),
		"main.go:4:6: the interpreter takes iota for the constant generator wherever the name is used, not for what is declared here: give it another name")
	hasRefusal(t, checkSource(t, "package main\n\nfunc f(iota int) int { return iota }\n\nfunc main() { println(f(1)) }\n"),
		"main.go:3:8: the interpreter takes iota for the constant generator")
	hasRefusal(t, checkSource(t, "package main\n\ntype int struct{ v string }\n\nfunc main() { _ = int{} }\n"),
		"main.go:3:6: the interpreter cannot declare a type named int, the name of a predeclared type: give it another name")
	hasRefusal(t, checkSource(t, "package main\n\nfunc main() {\n\ttype error struct{ v string }\n\t_ = error{}\n}\n"),
		"main.go:4:7: the interpreter cannot declare a type named error")
	for _, src := range []string{
		"package main\n\nfunc main() {\n\tlen, string := 1, \"s\"\n\tprintln(len, string)\n}\n",
		"package main\n\ntype T struct{ iota, int int }\n\nfunc (T) string() string { return \"\" }\n\nfunc main() { _ = T{}.iota + T{}.int }\n",
		"package main\n\nfunc main() {\n\ttype int = string\n\tvar s int = \"x\"\n\tprintln(s)\n}\n",
		"package main\n\nconst (\n\tA = iota\n\tB\n)\n\nfunc main() { println(A, B) }\n",
	} {
		for _, got := range checkSource(t, src) {
			t.Errorf("refused: %s\n%s", got, src)
		}
	}
}

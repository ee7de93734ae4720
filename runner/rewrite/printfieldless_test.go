package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("print_fieldless_from_chan", "print-fieldless-from-chan"))
}

// TestPrintFieldlessPairRefuses checks that printing an any that may hold
// either of two struct types of no fields with methods fmt calls, which
// the interpreter makes one type, is refused.
func TestPrintFieldlessPairRefuses(t *testing.T) {
	refuses(t, "package main\n\nimport \"fmt\"\n\ntype Tick struct{}\n\nfunc (Tick) String() string { return \"tick\" }\n\ntype Stop struct{}\n\nfunc (*Stop) String() string { return \"stop\" }\n\nfunc main() {\n\tvar v any = Tick{}\n\tv = &Stop{}\n\tfmt.Println(v)\n}\n",
		"main.go:16:14: the interpreter makes Stop and Tick one type at run time (struct types of no fields; it keeps no type names), so fmt could print a value of one with the other's methods here: give Stop a field of its own")
}

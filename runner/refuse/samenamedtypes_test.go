package refuse_test

import "testing"

// TestSameNamedTypes checks a type of a function named as one of the top
// level with methods or another form, and that one of the same form
// without methods, and two functions' types of one name, are not refused.
func TestSameNamedTypes(t *testing.T) {
	hasRefusal(t, checkSource(t, "package main\n\nimport \"fmt\"\n\ntype T struct{ A int }\n\nfunc (t T) String() string { return \"t\" }\n\nfunc main() {\n\ttype T struct{ A int }\n\tfmt.Println(T{1})\n}\n"),
		"main.go:10:7: the interpreter takes the T declared here for the T of the top level (line 5), with that one's fields and methods: give this type a name of its own")
	hasRefusal(t, checkSource(t, "package main\n\ntype T struct{ B string }\n\nfunc main() {\n\ttype T struct{ A int }\n\t_ = T{1}\n}\n"),
		"main.go:6:7: the interpreter takes the T declared here for the T of the top level (line 3)")
	for _, src := range []string{
		"package main\n\ntype T struct{ A int }\n\nfunc main() {\n\ttype T struct{ A int }\n\t_ = T{1}\n}\n",
		"package main\n\nfunc a() {\n\ttype T struct{ A int }\n\t_ = T{1}\n}\n\nfunc main() {\n\ttype T struct{ B string }\n\t_ = T{\"b\"}\n\ta()\n}\n",
	} {
		for _, got := range checkSource(t, src) {
			t.Errorf("refused: %s\n%s", got, src)
		}
	}
}

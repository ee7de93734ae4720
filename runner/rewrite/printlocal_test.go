package rewrite_test

import "testing"

// TestPrintingSameNamedLocalTypes checks that two functions' types of one
// name get a description each, with its own fields.
func TestPrintingSameNamedLocalTypes(t *testing.T) {
	src := "package main\n\nimport \"fmt\"\n\nfunc a() {\n\ttype T struct{ A int }\n\tfmt.Printf(\"%+v\\n\", T{1})\n}\n\nfunc main() {\n\ttype T struct{ B string }\n\tfmt.Printf(\"%+v\\n\", T{\"b\"})\n\ta()\n}\n"
	liftHolds(t, src, []string{`"main.T", true, nil, nil, "A"`, `"main.T", true, nil, nil, "B"`}, nil)
}

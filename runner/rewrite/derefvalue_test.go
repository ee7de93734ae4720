package rewrite_test

import "testing"

// TestDerefValues checks that a dereference given as it is to a blank or
// as a map literal's value is converted to its own type, keeping its
// column, and that one of a type declared in a function is refused.
func TestDerefValues(t *testing.T) {
	src := "package main\n\ntype pt struct{ x int }\n\nfunc main() {\n\tvar p *int\n\tvar q *pt\n\t_ = *p\n\t_, _ = (*q), 1\n\tvar _ = *p\n\tm := map[string]int{\"a\": *p, \"b\": *p + 1}\n\t_ = m\n}\n"
	liftHolds(t, src, []string{
		"\t_ = int(/*line :8:6*/*p)/*line :8:8*/\n",
		"\t_, _ = (pt(/*line :9:10*/*q)/*line :9:12*/), 1\n",
		"\tvar _ = int(/*line :10:10*/*p)/*line :10:12*/\n",
		"\tm := map[string]int{\"a\": int(/*line :11:27*/*p)/*line :11:29*/, \"b\": *p + 1}\n",
	}, nil)
	refuses(t, "package main\n\nfunc main() {\n\ttype pt struct{ x int }\n\tvar q *pt\n\t_ = *q\n}\n", "main.go:6:6: the interpreter does not dereference *q here, so it would not panic where Go does with a nil pointer, and socklab cannot convert it, as its type has no name in this file: assign it to a variable first (v := *q)")
}

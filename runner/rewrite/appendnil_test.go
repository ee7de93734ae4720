package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("appendnil", "append-nil-spread"))
}

// TestAppendNilRefuses checks that a nil spread into a slice whose type
// the file cannot write is refused with what to write instead.
func TestAppendNilRefuses(t *testing.T) {
	refuses(t, "package main\n\nfunc main() {\n\ttype row []int\n\tvar r row\n\tr = append(r, nil...)\n\t_ = r\n}\n",
		"main.go:6:16: the interpreter cannot compile append with nil... spread, and the slice's type cannot be written here")
}

package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("ifaceswitch", "switch-interface-tag"),
		fromCorpus("ifaceswitch_mixed", "switch-interface-mixed"),
		fromCorpus("ifaceswitch_init", "switch-interface-init"),
		fromCorpus("ifaceswitch_closure", "switch-interface-closure"),
		fromCorpus("ifaceswitch_bool", "switch-interface-bool-cases"),
	)
}

// TestInterfaceSwitches checks which switches pass ifaceswitch writes
// without a tag: those on an interface with a case of another type.
func TestInterfaceSwitches(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		want, not []string
	}{
		{"a variable of type any, constant cases", "var v any = 1\n\tswitch v {\n\tcase 1, \"a\":\n\t}",
			[]string{"switch   {", "case v == /*line :10:7*/1 || v == /*line :10:10*/\"a\":"}, nil},
		{"a call of type any", "switch get() {\n\tcase nil:\n\t}",
			[]string{"switch _sw1 := /*line :8:9*/get(); {", "case _sw1 == /*line :9:7*/nil:"}, nil},
		{"an error against a variable of Go's library", "var err error\n\tswitch err {\n\tcase io.EOF:\n\t}",
			nil, []string{"err == "}},
		{"a constant beside a variable of Go's library", "var v any\n\tswitch v {\n\tcase 1:\n\tcase io.EOF, nil:\n\t}",
			[]string{"switch   {", "case v == /*line :10:7*/1:", "case v == /*line :11:7*/io.EOF || v == /*line :11:15*/nil:"}, nil},
		{"an init statement and a call", "switch x := 2; pick(x) {\n\tcase 1, io.EOF:\n\t}",
			[]string{"{      x := 2; switch /*line :8:17*/_sw1 := /*line :8:17*/pick(x); {", "case _sw1 == /*line :9:7*/1 || _sw1 == /*line :9:10*/io.EOF:", "}}"}, nil},
		{"an init statement and a variable", "switch x := get(); x {\n\tcase 1:\n\t}",
			[]string{"switch x := get();   {", "case x == /*line :9:7*/1:"}, []string{"_sw"}},
		{"a case that is a comparison", "var v any\n\tswitch v {\n\tcase v == nil, 1:\n\t}",
			[]string{"case v == (/*line :10:7*/v == nil) || v == /*line :10:17*/1:"}, nil},
		{"a case that calls a function", "var v any\n\tswitch v {\n\tcase pick(1), 2:\n\t}",
			[]string{"switch _sw1 := /*line :9:9*/v; {", "case _sw1 == /*line :10:7*/pick(1) || _sw1 == /*line :10:16*/2:"}, nil},
		{"an int", "x := 1\n\tswitch x {\n\tcase 1:\n\t}",
			nil, []string{"x == "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport (\n\t\"io\"\n)\n\nfunc main() {\n\t" + tt.body + "\n\t_ = io.EOF\n}\n\nfunc get() any { return nil }\n\nfunc pick(int) any { return nil }\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}

// TestInterfaceSwitchesEqual checks that a case that compares values the
// interpreter keeps in its wrappers is a call of lift.Equal, beside cases
// that == compares, also in a switch with an init statement and a call
// for its tag.
func TestInterfaceSwitchesEqual(t *testing.T) {
	src := "package main\n\nimport \"io\"\n\ntype E struct{ n int }\n\nfunc (E) Error() string { return \"\" }\n\nvar ErrA error = E{1}\n\nfunc pick(int) error { return nil }\n\nfunc main() {\n\tswitch i := 1; pick(i) {\n\tcase ErrA, io.EOF:\n\tcase nil:\n\t}\n}\n"
	liftHolds(t, src, []string{
		"{      i := 1; switch /*line :14:17*/_sw4 := /*line :14:17*/pick(i); {",
		"case _sl2.Equal(_sw4, /*line :15:7*/ErrA)/*line :15:11*/ || _sw4 == /*line :15:13*/io.EOF:",
		"case _sw4 == /*line :16:7*/nil:",
	}, nil)
}

package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("ifaceswitch", "switch-interface-tag"))
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
		{"an int", "x := 1\n\tswitch x {\n\tcase 1:\n\t}",
			nil, []string{"x == "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package main\n\nimport (\n\t\"io\"\n)\n\nfunc main() {\n\t" + tt.body + "\n\t_ = io.EOF\n}\n\nfunc get() any { return nil }\n"
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}

package rewrite_test

import (
	"strings"
	"testing"
)

func TestDerefStrings(t *testing.T) {
	src := "package main\n\nimport \"fmt\"\n\ntype Label string\n\nfunc main() {\n\tvar s *string\n\tvar l *Label\n\tx := \"a\"\n\tx += *s\n\tfmt.Println(\"x\"+*s, *l == \"b\", x, len(*s))\n}\n"
	tests := []struct {
		name string
		want string
	}{
		{"an op='s value", "x += *_slDeref2(/*line :11:8*/s)/*line :11:9*/"},
		{"an operand of +", `fmt.Println("x"+*_slDeref2(/*line :12:19*/s)/*line :12:20*/, `},
		{"a named string type", "*_slDeref4(/*line :12:23*/l)/*line :12:24*/ == \"b\""},
		{"elsewhere, left alone", "len(*s)"},
		{"the function", "func _slDeref2(p *string) *string { if p == nil { _sl3.NilDeref() }; return p }"},
	}
	out := string(lift(t, "main.go", src))
	keepsLines(t, src, out)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(out, tt.want) {
				t.Errorf("want %q in:\n%s", tt.want, out)
			}
		})
	}
}

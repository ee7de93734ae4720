package rewrite_test

import (
	"strings"
	"testing"
)

func TestPrintedAssert(t *testing.T) {
	src := "package main\n\nimport \"fmt\"\n\ntype T struct{ v any }\n\nfunc (t T) String() string { return \"T:\" + t.v.(string) }\n\nfunc (t T) Name() string { return t.v.(string) }\n\nfunc main() { fmt.Println(T{v: 3}) }\n"
	tests := []struct {
		name string
		want string
	}{
		{"in a String method", `return "T:" + func(_x any) string { if _, ok := _x.(string); !ok { /*line :7:44*/panic(_sl2.AssertionFailed(_x == nil, _slType3(_x), "interface {}", "string")) }; return _x.(string) }(`},
		{"keeps the columns", `(/*line :7:44*/t.v)/*line :7:56*/ }`},
		{"elsewhere, left alone", "func (t T) Name() string { return t.v.(string) }"},
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

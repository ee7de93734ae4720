package rewrite_test

import (
	"strings"
	"testing"
)

func init() {
	programs = append(programs, fromCorpus("caselist", "switch-case-lists"))
}

// TestCaseListEdits checks which lists are split, columns kept.
func TestCaseListEdits(t *testing.T) {
	src := "package main\n\nfunc f(n int) bool { return n > 0 }\n\nfunc main() {\n\tx, y := 1, 2\n\tswitch {\n\tcase f(1), f(2):\n\t}\n\tswitch x {\n\tcase 1, y, 3:\n\tcase y + 1, x * 2:\n\t}\n}\n"
	got := string(lift(t, "main.go", src))
	for _, want := range []string{
		"case f(1): fallthrough; case /*line :8:13*/f(2):",
		"case 1, y, 3:",
		"case y + 1: fallthrough; case /*line :12:14*/x * 2:",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("rewritten:\n%s\nwant it to hold %s", got, want)
		}
	}
}

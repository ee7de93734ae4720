package rewrite_test

import (
	"strings"
	"testing"
)

func init() {
	programs = append(programs, fromCorpus("initorder", "init-order"))
}

// TestInitOrderRewrites checks that a package variable gets the name of
// the one Go initialises before it where the interpreter's order differs,
// and that a package whose orders agree is left as it is.
func TestInitOrderRewrites(t *testing.T) {
	for _, tt := range []struct{ name, src, want string }{
		{"through a function",
			"package main\n\nvar a = get()\nvar b = 42\n\nfunc get() int { return b }\n\nfunc main() { _ = a }\n",
			"var a, _after1/*line :3:6*/ = get(), &b/*line :3:14*/\nvar b = 42\n"},
		{"a declaration with a type",
			"package main\n\nvar a error = get()\nvar b = 42\n\nfunc get() error { _ = b; return nil }\n\nfunc main() { _ = a }\n",
			"var a, _after1/*line :3:6*/ error = get(), func(_after2 any) error { var z error; return z }(&b)/*line :3:20*/\n"},
		{"a blank variable named",
			"package main\n\nvar a = get()\nvar _ = note()\nvar c = 1\nvar d = 2\n\nfunc get() int { return c }\n\nfunc note() int { return 0 }\n\nfunc main() {}\n",
			"var _slInit0 = note()\nvar c, _after1/*line :5:6*/ = 1, &_slInit0/*line :5:10*/\nvar d, _after3/*line :6:6*/ = 2, &a/*line :6:10*/\n"},
		{"in order", "package main\n\nvar b = 42\nvar a = get()\n\nfunc get() int { return b }\n\nfunc main() { _ = a }\n",
			"var b = 42\nvar a = get()\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if out := string(lift(t, "main.go", tt.src)); !strings.Contains(out, tt.want) {
				t.Errorf("want %q in:\n%s", tt.want, out)
			}
		})
	}
}

// TestInitOrderRefuses: a variable that the interpreter would set before
// a call that sets several variables, which no declaration can wait for.
func TestInitOrderRefuses(t *testing.T) {
	refuses(t, "package main\n\nvar last = get()\nvar h, k = pair()\n\nfunc get() int { return h }\n\nfunc pair() (int, int) { return 1, 2 }\n\nfunc main() { _ = last + k }\n",
		"main.go:3:5: the interpreter would initialise last before h, k, unlike Go, which initialises each package variable after those its initialiser reads, even through a function or a call that sets several variables, and socklab cannot reorder them here: set last in a func init() instead")
}

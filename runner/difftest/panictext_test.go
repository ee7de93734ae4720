package difftest_test

import (
	"testing"

	"github.com/socklab/socklab/runner/difftest"
)

// TestPanicTexts checks the panic lines taken from a Go build's report and
// from socklab's, which a program with "// stderr: panic" compares.
func TestPanicTexts(t *testing.T) {
	for _, c := range []struct {
		name, goErr, socklabErr, want string
	}{
		{"one value",
			"panic: main.Code(2)\n\ngoroutine 6 [running]:\nmain.main.func1(...)\n",
			"main.go:14:4: panic: main.Code(2)\n    14 | panic(Code(c))\n       | ^\n",
			"panic: main.Code(2)"},
		{"a panic in a deferred call",
			"before\npanic: first [recovered]\n\tpanic: again\n\ngoroutine 1 [running]:\n",
			"main.go:9:3: panic: first [recovered]\n\tpanic: again\n     9 | panic(x)\n",
			"panic: first [recovered]\n\tpanic: again"},
		{"a text of several lines",
			"panic: a\n\tb\n\ngoroutine 1 [running]:\n",
			"main.go:9:3: panic: a\n\tb\n     9 | panic(errors.Join(x, y))\n       | ^\n",
			"panic: a\n\tb"},
		{"printed before the report",
			"panic: boom\n\ngoroutine 1 [running]:\n",
			"done: panic: later\nmain.go:3:1: panic: boom\n",
			"panic: boom"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := difftest.GoPanicText([]byte(c.goErr)); got != c.want {
				t.Errorf("GoPanicText = %q, want %q", got, c.want)
			}
			if got := difftest.SocklabPanicText([]byte(c.socklabErr)); got != c.want {
				t.Errorf("SocklabPanicText = %q, want %q", got, c.want)
			}
		})
	}
	if got := difftest.SocklabPanicText([]byte("main.go:3:1: undefined: x\n")); got != "" {
		t.Errorf("SocklabPanicText of a refusal = %q, want nothing", got)
	}
}

package proc

import "testing"

// TestCrashTextLines: the text of a panic's value that holds several lines,
// which Go prints each after the first after a tab, is read whole, without
// the mark of a panic recovered and raised again, from the last panic of
// Go's report; the goroutines' dumps after the blank line are not.
func TestCrashTextLines(t *testing.T) {
	tests := []struct{ name, diag, want string }{
		{"one panic", "panic: line one\n\tline two\n\ngoroutine 7 [running]:\n\tmain.go:3 +0x1\n", "line one\nline two"},
		{"raised again", "panic: a\n\tb [recovered]\n\tpanic: a\n\tb\n\ngoroutine 7 [running]:\nmain.main()\n\t/x/main.go:3 +0x1\n", "a\nb"},
		{"one line raised again", "panic: boom [recovered]\n\tpanic: boom\n\ngoroutine 1 [running]:\n\tx\n", "boom"},
	}
	for _, tt := range tests {
		c, ok := parseCrash([]byte(tt.diag))
		if !ok || c.msg != tt.want {
			t.Errorf("%s: message %q (found %v), want %q", tt.name, c.msg, ok, tt.want)
		}
	}
}

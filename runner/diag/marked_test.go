package diag

import "testing"

// TestNameMarked: a runtime struct type that a mark of pass structmark
// ends is named by the script's type, wherever it stands in a message.
func TestNameMarked(t *testing.T) {
	tests := []struct{ msg, want string }{
		{`interface conversion: the value is struct { Name string "socklab:\"main.Leave\"" }, not struct { Name string "socklab:\"main.Join\"" }`,
			"interface conversion: the value is main.Leave, not main.Join"},
		{`x is *struct { P struct { X int }; M map[string]struct {}; V int "json:\"v\" socklab:\"main.A\"" }`, "x is *main.A"},
		{`the value is struct { V int "socklab:\"main.B·1234\"" }`, "the value is main.B"},
		{`the value is struct { Name string }`, "the value is struct { Name string }"},
		{`comparing uncomparable type struct { L []int "socklab:\"main.Pair·607\""; R []int "socklab:\"main.Pair·607\"" }`, "comparing uncomparable type main.Pair"},
		{`a struct { In struct { L []int "socklab:\"main.S\"" }; N, M []int "socklab:\"main.O\""; K []int "socklab:\"main.O\"" } and struct { V int "socklab:\"main.B\"" }`, "a main.O and main.B"},
		{`a tag "socklab:\"x\"" of no struct`, `a tag "socklab:\"x\"" of no struct`},
	}
	for _, tt := range tests {
		if got := nameMarked(tt.msg); got != tt.want {
			t.Errorf("nameMarked(%q)\n got %q\nwant %q", tt.msg, got, tt.want)
		}
	}
}

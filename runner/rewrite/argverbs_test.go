package rewrite_test

import (
	"fmt"
	"testing"

	"github.com/socklab/socklab/runner/rewrite"
)

// TestArgVerbs: each argument gets the verbs that print it, as fmt reads
// argument indexes, flags, and * widths and precisions.
func TestArgVerbs(t *testing.T) {
	tests := []struct {
		format string
		n      int
		want   string
	}{
		{"%[1]T %[1]v %+[1]v", 1, "[T v +v]"},
		{"%[2]T %[1]v", 2, "[v] [T]"},
		{"%v %[1]#v %v", 2, "[v #] [v]"},
		{"%[2]*[1]d", 2, "[d] [*]"},
		{"%[3]v %v", 2, "[v] []"},
		{"%[1]5d %[1].2d %[2]d", 2, "[] [d]"},
		{"%*.*f %s", 4, "[*] [*] [f] [s]"},
		{"100%% %[1]s", 1, "[s]"},
		{"%[0]v %v", 1, "[v]"},
		{"%[1]é", 1, "[é]"},
	}
	for _, tt := range tests {
		got := ""
		for i, vs := range rewrite.ArgVerbs(tt.format, tt.n) {
			if i > 0 {
				got += " "
			}
			got += "["
			for j, v := range vs {
				if j > 0 {
					got += " "
				}
				switch {
				case v.Star:
					got += "*"
				case v.Sharp:
					got += "#" + string(v.Verb)
				case v.Plus:
					got += "+" + string(v.Verb)
				default:
					got += string(v.Verb)
				}
			}
			got += "]"
		}
		if got != tt.want {
			t.Errorf("ArgVerbs(%q, %d) = %s, want %s (fmt prints %q)", tt.format, tt.n, got, tt.want, fmt.Sprintf(tt.format, make([]any, tt.n)...))
		}
	}
}

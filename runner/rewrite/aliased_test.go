package rewrite_test

import "testing"

// TestAliasedDeferredArgs checks that a deferred call saves an argument
// that a pointer or a function literal may change after it, and leaves
// one that only the address of what it points to, or a literal that
// declares it, reaches.
func TestAliasedDeferredArgs(t *testing.T) {
	const head = "package main\n\nimport \"fmt\"\n\ntype stats struct{ n int }\n\nfunc main() {\n\t"
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"through a pointer", "x := 1\n\tp := &x\n\tdefer fmt.Println(x)\n\t*p = 2\n}\n", []string{"_arg1 := x"}, nil},
		{"through a function literal", "x := 1\n\tset := func() { x = 2 }\n\tdefer fmt.Println(x)\n\tset()\n}\n", []string{"_arg1 := x"}, nil},
		{"a field of what a pointer points to", "st := &stats{}\n\tn := &st.n\n\tdefer fmt.Println(st)\n\t*n = 2\n}\n", nil, []string{"_arg"}},
		{"declared in a literal", "func() {\n\t\tx := 1\n\t\tdefer fmt.Println(x)\n\t}()\n}\n", nil, []string{"_arg"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, head+tt.body, tt.want, tt.not)
		})
	}
}

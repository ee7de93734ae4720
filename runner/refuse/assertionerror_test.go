package refuse_test

import "testing"

// TestAssertionErrors checks that naming runtime.TypeAssertionError is
// refused wherever it is named, and that asking for a runtime.Error is not.
func TestAssertionErrors(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"assertion", "func main() {\n\tdefer func() {\n\t\t_, ok := recover().(*runtime.TypeAssertionError)\n\t\t_ = ok\n\t}()\n}", "main.go:12:32: a failed type assertion panics in socklab with a stand-in for *runtime.TypeAssertionError"},
		{"type switch case", "func main() {\n\tdefer func() {\n\t\tswitch recover().(type) {\n\t\tcase *runtime.TypeAssertionError:\n\t\t}\n\t}()\n}", "main.go:13:17: a failed type assertion"},
		{"errors.As target", "func main() {\n\tvar te *runtime.TypeAssertionError\n\t_ = errors.As(nil, &te)\n}", "main.go:11:18: a failed type assertion"},
		{"runtime.Error", "func main() {\n\tdefer func() {\n\t\t_, ok := recover().(runtime.Error)\n\t\t_ = ok\n\t}()\n}", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkSource(t, "package main\n\nimport (\n\t\"errors\"\n\t\"runtime\"\n)\n\nvar _ = errors.New\n\n"+tt.body)
			if tt.want == "" {
				if len(got) > 0 {
					t.Errorf("refused: %v", got)
				}
				return
			}
			hasRefusal(t, got, tt.want)
		})
	}
}

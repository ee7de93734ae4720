package refuse_test

import (
	"strings"
	"testing"
)

// TestContextPrints checks that printing a context in a package that
// hands context.WithValue a key of its own type is refused at the printed
// context, and that printing context.Background(), a package whose keys
// are Go's types, or a context's values are not.
func TestContextPrints(t *testing.T) {
	head := "package main\n\nimport (\n\t\"context\"\n\t\"fmt\"\n)\n\n"
	tests := []struct {
		name, body, want string // want "" for no refusal
	}{
		{"Println", "type key string\n\nfunc main() {\n\tctx := context.WithValue(context.Background(), key(\"u\"), 1)\n\tfmt.Println(ctx)\n}",
			"main.go:12:14: fmt prints a context made by context.WithValue with the name of its key's type, main.key under Go"},
		{"Printf of a derived one", "type key struct{}\n\nfunc main() {\n\tctx := context.WithValue(context.Background(), key{}, 1)\n\tc, cancel := context.WithCancel(ctx)\n\tdefer cancel()\n\tfmt.Printf(\"%v\\n\", c)\n}",
			"main.go:14:21: fmt prints a context made by context.WithValue"},
		{"Background", "type key string\n\nfunc main() {\n\t_ = context.WithValue(context.Background(), key(\"u\"), 1)\n\tfmt.Println(context.Background(), context.TODO())\n}", ""},
		{"a key of Go's type", "func main() {\n\tctx := context.WithValue(context.Background(), \"u\", 1)\n\tfmt.Println(ctx)\n}", ""},
		{"a value", "type key string\n\nfunc main() {\n\tctx := context.WithValue(context.Background(), key(\"u\"), 1)\n\tfmt.Println(ctx.Value(key(\"u\")), ctx.Err())\n}", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkSource(t, head+tt.body+"\n")
			if tt.want == "" {
				for _, g := range got {
					if strings.Contains(g, "WithValue") {
						t.Errorf("refused: %s", g)
					}
				}
				return
			}
			hasRefusal(t, got, tt.want)
		})
	}
}

package rewrite_test

import (
	"strings"
	"testing"
)

func init() {
	programs = append(programs, fromCorpus("anydrop_kept", "print-any-kept-lookalike"))
}

// TestAnyDrops: a value of a type that the interpreter makes one with
// another type of the script's values, with a String method, is refused
// where the interpreter keeps it in an any without its wrapper (a result,
// a conversion, a composite literal built in a variable), in a script
// that prints such an any; not where it keeps the wrapper, nor where
// nothing prints an interface it implements, nor a type it tells apart.
func TestAnyDrops(t *testing.T) {
	const head = "package main\n\nimport \"fmt\"\n\ntype Names []string\n\nfunc (n Names) String() string { return \"n\" }\n\nvar plain = []string{\"p\"}\n\n"
	tests := []struct {
		name string
		src  string
		want string // the refusal's position, "" for none
	}{
		{"a result", head + "func f() any { return Names{\"a\"} }\n\nfunc main() { fmt.Println(f()) }\n", "main.go:11:23"},
		{"a result in a function literal", head + "func main() {\n\tf := func() any { n := Names{}; return n }\n\tfmt.Println(f())\n}\n", "main.go:12:41"},
		{"a conversion", head + "func main() {\n\tn := Names{}\n\tfmt.Println(any(n))\n}\n", "main.go:13:18"},
		{"a composite literal in a variable", head + "func main() {\n\tvar v any = Names{}\n\tfmt.Println(v)\n}\n", "main.go:12:14"},
		{"a composite literal assigned", head + "func main() {\n\tvar v any\n\tv = Names{}\n\tfmt.Println(v)\n}\n", "main.go:13:6"},
		{"a variable assigned", head + "func main() {\n\tn := Names{}\n\tvar v any = n\n\tfmt.Println(v)\n}\n", ""},
		{"a field and an element", head + "type Box struct{ V any }\n\nfunc main() {\n\tb := Box{Names{}}\n\tb.V = Names{}\n\txs := []any{Names{}}\n\tfmt.Println(b, xs)\n}\n", ""},
		{"a result of its own type", head + "func f() Names { return Names{\"a\"} }\n\nfunc main() { fmt.Println(f()) }\n", ""},
		{"nothing printed through an interface", head + "func f() any { return Names{\"a\"} }\n\nfunc main() { _ = f(); fmt.Println(plain) }\n", ""},
		{"no lookalike", "package main\n\nimport \"fmt\"\n\ntype Names []string\n\nfunc (n Names) String() string { return \"n\" }\n\nfunc f() any { return Names{\"a\"} }\n\nfunc main() { fmt.Println(f()) }\n", ""},
		{"a struct lookalike", "package main\n\nimport \"fmt\"\n\ntype P struct{ N int }\n\nfunc (p P) String() string { return \"p\" }\n\nvar q = struct{ N int }{1}\n\nfunc f() any { return P{1} }\n\nfunc main() { fmt.Println(f(), q) }\n", "main.go:11:23"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := apply(t, tt.src)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want+": the interpreter makes")):
				t.Errorf("want a refusal at %s, got %v", tt.want, err)
			}
		})
	}
}

package rewrite_test

import (
	"strings"
	"testing"
)

func init() {
	programs = append(programs, fromCorpus("anydrop_kept", "print-any-kept-lookalike"))
}

// TestAnyDrops: a value of a type that the interpreter makes one with
// another type of the script's values, with a String method, goes through
// the file's function that keeps it in the interpreter's wrapper where the
// interpreter would keep it in an any without (a result, a conversion, a
// composite literal built in a variable), in a script that prints such an
// any, keeping the columns after it; not where it keeps the wrapper, nor
// where nothing prints an interface it implements, nor a type it tells
// apart.
func TestAnyDrops(t *testing.T) {
	const head = "package main\n\nimport \"fmt\"\n\ntype Names []string\n\nfunc (n Names) String() string { return \"n\" }\n\nvar plain = []string{\"p\"}\n\n"
	tests := []struct {
		name string
		src  string
		want string // the kept value as rewritten, "" for none
	}{
		{"a result", head + "func f() any { return Names{\"a\"} }\n\nfunc main() { fmt.Println(f()) }\n", "return _slKeep1(/*line :11:23*/Names{\"a\"})/*line :11:33*/ }"},
		{"a result in a function literal", head + "func main() {\n\tf := func() any { n := Names{}; return n }\n\tfmt.Println(f())\n}\n", "return _slKeep1(/*line :12:41*/n)/*line :12:42*/ }"},
		{"a conversion", head + "func main() {\n\tn := Names{}\n\tfmt.Println(any(n))\n}\n", "any(_slKeep1(/*line :13:18*/n)/*line :13:19*/)"},
		{"a composite literal in a variable", head + "func main() {\n\tvar v any = Names{}\n\tfmt.Println(v)\n}\n", "var v any = _slKeep1(/*line :12:14*/Names{})/*line :12:21*/"},
		{"a composite literal assigned", head + "func main() {\n\tvar v any\n\tv = Names{}\n\tfmt.Println(v)\n}\n", "v = _slKeep1(/*line :13:6*/Names{})/*line :13:13*/"},
		{"a variable assigned", head + "func main() {\n\tn := Names{}\n\tvar v any = n\n\tfmt.Println(v)\n}\n", ""},
		{"a field and an element", head + "type Box struct{ V any }\n\nfunc main() {\n\tb := Box{Names{}}\n\tb.V = Names{}\n\txs := []any{Names{}}\n\tfmt.Println(b, xs)\n}\n", ""},
		{"a result of its own type", head + "func f() Names { return Names{\"a\"} }\n\nfunc main() { fmt.Println(f()) }\n", ""},
		{"nothing printed through an interface", head + "func f() any { return Names{\"a\"} }\n\nfunc main() { _ = f(); fmt.Println(plain) }\n", ""},
		{"no lookalike", "package main\n\nimport \"fmt\"\n\ntype Names []string\n\nfunc (n Names) String() string { return \"n\" }\n\nfunc f() any { return Names{\"a\"} }\n\nfunc main() { fmt.Println(f()) }\n", ""},
		{"a struct lookalike", "package main\n\nimport \"fmt\"\n\ntype P struct{ N int }\n\nfunc (p P) String() string { return \"p\" }\n\nvar q = struct{ N int }{1}\n\nfunc f() any { return P{1} }\n\nfunc main() { fmt.Println(f(), q) }\n", "return _slKeep1(/*line :11:23*/P{1})/*line :11:27*/ }"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(lift(t, "main.go", tt.src))
			keepsLines(t, tt.src, got)
			switch {
			case tt.want == "" && strings.Contains(got, "_slKeep"):
				t.Errorf("kept where the interpreter keeps the wrapper:\n%s", got)
			case tt.want != "" && !strings.Contains(got, tt.want):
				t.Errorf("want %q in:\n%s", tt.want, got)
			case tt.want != "" && !strings.Contains(got, "func _slKeep1(v any) any { return v }"):
				t.Errorf("no function that keeps the value in:\n%s", got)
			}
		})
	}
}

package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("contextvalue", "context-print-values"))
}

// TestContextValues checks which calls of context.WithValue pass
// contextvalue hands to lift.ContextWithValue, with the names Go gives
// their key's and value's types.
func TestContextValues(t *testing.T) {
	const head = "package main\n\nimport \"context\"\n\ntype ctxKey string\n\ntype user struct{ name string }\n\n"
	for _, tt := range []struct {
		name, src string
		want, not []string
	}{
		{"a key of the script's type", head + "func main() { _ = context.WithValue(context.Background(), ctxKey(\"u\"), \"ann\") }\n",
			[]string{`.ContextWithValue/*line :9:36*/(context.Background(), ctxKey("u"), "ann", "main.ctxKey", ""/*line :9:77*/)`}, []string{"context.WithValue"}},
		{"a value of a pointer to the script's type", head + "func main() { _ = context.WithValue(context.Background(), \"u\", &user{}) }\n",
			[]string{`"", "*main.user"`}, nil},
		{"Go's types alone", head + "func main() { _ = context.WithValue(context.Background(), \"u\", 1) }\n",
			[]string{"context.WithValue("}, []string{"ContextWithValue"}},
		{"a value of an interface type", head + "func main() {\n\tvar v any = user{}\n\t_ = context.WithValue(context.Background(), ctxKey(\"u\"), v)\n}\n",
			[]string{"context.WithValue("}, []string{"ContextWithValue"}},
		{"a key of a struct type with a String method", head + "func (u user) String() string { return \"u\" }\n\nfunc main() { _ = context.WithValue(context.Background(), user{}, 1) }\n",
			[]string{"context.WithValue("}, []string{"ContextWithValue"}},
		{"a key of a type of lift's pool with a String method, which context calls", head + "func (k ctxKey) String() string { return \"k\" }\n\nfunc main() { _ = context.WithValue(context.Background(), ctxKey(\"u\"), &user{}) }\n",
			[]string{`ctxKey("u"), &user{}, "", "*main.user"`}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) { liftHolds(t, tt.src, tt.want, tt.not) })
	}
}

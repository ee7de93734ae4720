package refuse_test

import "testing"

// TestContextPrints checks a context printed in a package that hands
// context.WithValue a key or value of its own types that the rewrite
// cannot name (of an interface type, with a String method), and such a
// context printed with a verb that shows its fields where the rewrite
// names them; and that a context is printed as it is where the package
// hands it only Go's types, or types the rewrite names.
func TestContextPrints(t *testing.T) {
	script := func(decls, body string) string {
		return "package main\n\nimport (\n\t\"context\"\n\t\"fmt\"\n)\n\n" + decls + "\n\nfunc main() {\n\tctx := context.Background()\n\t" + body + "\n}\n"
	}
	hasRefusal(t, checkSource(t, script("type ctxKey struct{ n int }\n\nfunc (ctxKey) String() string { return \"k\" }", "ctx = context.WithValue(ctx, ctxKey{1}, \"a\")\n\tfmt.Println(ctx)")),
		"main.go:15:14: fmt prints a context with the type of each key and value that context.WithValue was handed (main.ctxKey here), and under socklab the interpreter's runtime type stands in for ctxKey: print the values the context holds (ctx.Value(key)) instead of the context")
	hasRefusal(t, checkSource(t, script("type user struct{ name string }", "var v any = &user{\"ann\"}\n\tctx = context.WithValue(ctx, \"u\", v)\n\tctx = context.WithValue(ctx, \"w\", user{})\n\tfmt.Printf(\"%v\\n\", ctx)")),
		"main.go:15:21: fmt prints a context with the type of each key and value that context.WithValue was handed (*main.user here)")
	hasRefusal(t, checkSource(t, script("type ctxKey int", "ctx = context.WithValue(ctx, ctxKey(1), \"a\")\n\tfmt.Printf(\"%T %#v\\n\", ctx, ctx)")),
		"main.go:13:30: %#v of a context shows its fields, which under socklab are not those of Go's context type")
	for _, src := range []string{
		script("type ctxKey int", "ctx = context.WithValue(ctx, \"k\", 1)\n\tfmt.Println(ctx)\n\t_ = ctxKey(1)"),
		script("type ctxKey int\n\nfunc (ctxKey) String() string { return \"k\" }", "ctx = context.WithValue(ctx, ctxKey(1), \"a\")\n\tfmt.Println(ctx)"),
		script("type ctxKey int", "ctx = context.WithValue(ctx, ctxKey(1), \"a\")\n\tfmt.Println(ctx.Value(ctxKey(1)))"),
		script("type ctxKey int", "ctx = context.WithValue(ctx, ctxKey(1), \"a\")\n\tfmt.Printf(\"%T %v\\n\", ctx, ctx)"),
		script("type ctxKey int", "ctx = context.WithValue(ctx, ctxKey(1), \"a\")\n\tfmt.Println(context.Background(), (context.TODO()))"),
		script("type ctxKey int\n\ntype user struct{ name string }", "ctx = context.WithValue(ctx, ctxKey(1), &user{\"ann\"})\n\tfmt.Println(ctx)\n\tfmt.Printf(\"%v %s\\n\", ctx, ctx)"),
	} {
		for _, got := range checkSource(t, src) {
			t.Errorf("refused: %s\n%s", got, src)
		}
	}
}

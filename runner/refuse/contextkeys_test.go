package refuse_test

import "testing"

// TestContextKeys checks keys of two struct types of no fields, and that
// keys of one such type, of types on int, or with fields are not refused.
// A key of a type on string declared inside a function beside a string
// key is refused.
func TestContextKeys(t *testing.T) {
	script := func(decls, body string) string {
		return "package main\n\nimport \"context\"\n\n" + decls + "\n\nfunc main() {\n\tctx := context.Background()\n\t" + body + "\n}\n"
	}
	src := script("type userKey struct{}\n\ntype idKey struct{}", "ctx = context.WithValue(ctx, userKey{}, \"ann\")\n\t_ = ctx.Value(idKey{})")
	got := checkSource(t, src)
	hasRefusal(t, got, "main.go:11:31: the interpreter makes userKey and idKey one type at run time (struct types of no fields; it keeps no type names), so the context would find a value stored under either key when asked for the other: declare the keys as values of one type on a basic type (type ctxKey int; const userKey ctxKey = iota ...), or give userKey a field of its own")
	hasRefusal(t, got, "main.go:12:16: the interpreter makes idKey and userKey one type at run time")
	local := script("", "type ctxKey string\n\tctx = context.WithValue(ctx, ctxKey(\"user\"), \"ann\")\n\t_ = ctx.Value(\"user\")")
	hasRefusal(t, checkSource(t, local), "main.go:10:31: the interpreter makes ctxKey and string one type at run time (it keeps no type names), so the context would find a value stored under a key of either type when asked for the other of the same value, where Go's types differ: declare ctxKey at the top level of the file")
	for _, src := range []string{
		script("type userKey struct{}\n\ntype idKey struct{}", "ctx = context.WithValue(ctx, userKey{}, \"ann\")\n\t_ = ctx.Value(userKey{})\n\t_ = idKey{}"),
		script("type ctxKey int\n\nconst (\n\tuserKey ctxKey = iota\n\tidKey\n)", "ctx = context.WithValue(ctx, userKey, \"ann\")\n\t_ = ctx.Value(idKey)"),
		script("type userKey struct{ n int }\n\ntype idKey struct{ n int }", "ctx = context.WithValue(ctx, userKey{}, \"ann\")\n\t_ = ctx.Value(idKey{})"),
		script("type ctxKey string", "ctx = context.WithValue(ctx, ctxKey(\"user\"), \"ann\")\n\t_ = ctx.Value(\"user\")"),
		script("", "type ctxKey string\n\tctx = context.WithValue(ctx, ctxKey(\"user\"), \"ann\")\n\t_ = ctx.Value(ctxKey(\"user\"))"),
	} {
		for _, got := range checkSource(t, src) {
			t.Errorf("refused: %s\n%s", got, src)
		}
	}
}

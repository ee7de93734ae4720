package refuse_test

import "testing"

// writerScript is a script that declares rec, a writer that embeds the
// server's, with decl after it.
func writerScript(decl string) string {
	return "package main\n\nimport (\n\t\"bufio\"\n\t\"net\"\n\t\"net/http\"\n)\n\ntype rec struct{ http.ResponseWriter }\n\n" + decl + "\n\nvar _ net.Conn\nvar _ *bufio.Reader\n\nfunc main() {}\n"
}

// TestResponseWriterMethods checks a writer's Unwrap of another form
// than net/http's, and that net/http's forms, Flush and Hijack of other
// forms (which the rewrite names anew), and those methods on a type that
// is no writer, are not refused.
func TestResponseWriterMethods(t *testing.T) {
	for _, tt := range []struct{ name, decl, want string }{
		{"Unwrap returning an error", "func (r *rec) Unwrap() error { return nil }", "main.go:11:15: rec's method Unwrap is not net/http's Unwrap() http.ResponseWriter"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			hasRefusal(t, checkSource(t, writerScript(tt.decl)), tt.want)
		})
	}
	for _, tt := range []struct{ name, src string }{
		{"net/http's forms", writerScript("func (r *rec) Flush() {}\n\nfunc (r *rec) Hijack() (net.Conn, *bufio.ReadWriter, error) { return nil, nil, nil }\n\nfunc (r *rec) Unwrap() http.ResponseWriter { return r.ResponseWriter }")},
		{"Flush and Hijack of other forms, which the rewrite names anew", writerScript("func (r *rec) Flush() error { return nil }\n\nfunc (r rec) Hijack() net.Conn { return nil }")},
		{"no writer", "package main\n\ntype buf struct{ b []byte }\n\nfunc (b *buf) Flush() error { return nil }\n\nfunc (b *buf) Write(p []byte) (int, error) { return len(p), nil }\n\nfunc main() {}\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, got := range checkSource(t, tt.src) {
				t.Errorf("refused: %s", got)
			}
		})
	}
}

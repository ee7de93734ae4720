package refuse_test

import "testing"

// writerScript is a script that declares rec, a writer that embeds the
// server's, with decl after it.
func writerScript(decl string) string {
	return "package main\n\nimport (\n\t\"bufio\"\n\t\"net\"\n\t\"net/http\"\n)\n\ntype rec struct{ http.ResponseWriter }\n\n" + decl + "\n\nvar _ net.Conn\nvar _ *bufio.Reader\n\nfunc main() {}\n"
}

// TestResponseWriterMethods checks a writer's Flush, Hijack or Unwrap of
// another form than net/http's, and that net/http's forms, and those
// methods on a type that is no writer, are not refused.
func TestResponseWriterMethods(t *testing.T) {
	for _, tt := range []struct{ name, decl, want string }{
		{"Flush returning an error", "func (r *rec) Flush() error { return nil }", "main.go:11:15: rec's method Flush is not net/http's Flush()"},
		{"Hijack of another form", "func (r rec) Hijack() net.Conn { return nil }", "main.go:11:14: rec's method Hijack is not net/http's Hijack() (net.Conn, *bufio.ReadWriter, error)"},
		{"Unwrap returning an error", "func (r *rec) Unwrap() error { return nil }", "main.go:11:15: rec's method Unwrap is not net/http's Unwrap() http.ResponseWriter"},
		{"Flush with an argument", "func (r *rec) Flush(all bool) {}", "main.go:11:15: rec's method Flush is not"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			hasRefusal(t, checkSource(t, writerScript(tt.decl)), tt.want)
		})
	}
	for _, tt := range []struct{ name, src string }{
		{"net/http's forms", writerScript("func (r *rec) Flush() {}\n\nfunc (r *rec) Hijack() (net.Conn, *bufio.ReadWriter, error) { return nil, nil, nil }\n\nfunc (r *rec) Unwrap() http.ResponseWriter { return r.ResponseWriter }")},
		{"no writer", "package main\n\ntype buf struct{ b []byte }\n\nfunc (b *buf) Flush() error { return nil }\n\nfunc (b *buf) Write(p []byte) (int, error) { return len(p), nil }\n\nfunc main() {}\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, got := range checkSource(t, tt.src) {
				t.Errorf("refused: %s", got)
			}
		})
	}
}

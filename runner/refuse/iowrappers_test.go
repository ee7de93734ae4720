package refuse_test

import "testing"

// TestIOWrapperMethods checks a writer's ReadFrom and a reader's WriteTo
// or ReadRune of another form than io's, and that io's forms, a writer's
// WriteString of another form, and those names on a type that is neither,
// are not refused.
func TestIOWrapperMethods(t *testing.T) {
	const head = "package main\n\nimport \"io\"\n\ntype w struct{}\n\nfunc (*w) Write(p []byte) (int, error) { return len(p), nil }\n\ntype r struct{}\n\nfunc (r) Read(p []byte) (int, error) { return 0, io.EOF }\n\n"
	for _, tt := range []struct{ name, decl, want string }{
		{"ReadFrom of a path", "func (x w) ReadFrom(path string) error { return nil }", "main.go:13:12: w's method ReadFrom is not io's ReadFrom(r io.Reader) (n int64, err error)"},
		{"WriteTo of a path", "func (x r) WriteTo(path string) error { return nil }", "main.go:13:12: r's method WriteTo is not io's WriteTo(w io.Writer) (n int64, err error), yet the interpreter takes it for that one where it hands the value to Go's library as an io.Reader"},
		{"ReadRune without a size", "func (x r) ReadRune() (rune, error) { return 0, nil }", "main.go:13:12: r's method ReadRune is not io's ReadRune() (r rune, size int, err error)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			hasRefusal(t, checkSource(t, head+tt.decl+"\n\nfunc main() {}\n"), tt.want)
		})
	}
	for _, tt := range []struct{ name, src string }{
		{"io's forms", head + "func (x *w) WriteString(s string) (int, error) { return len(s), nil }\n\nfunc (x *w) ReadFrom(rd io.Reader) (int64, error) { return 0, nil }\n\nfunc (x r) WriteTo(wr io.Writer) (int64, error) { return 0, nil }\n\nfunc (x r) ReadByte() (byte, error) { return 0, nil }\n\nfunc (x r) ReadRune() (rune, int, error) { return 0, 0, nil }\n\nfunc (x r) UnreadRune() error { return nil }\n\nfunc main() {}\n"},
		{"WriteString of another form, which gostd's wrapper passes over", head + "func (x *w) WriteString(s string) {}\n\nfunc main() {}\n"},
		{"neither", "package main\n\ntype doc struct{}\n\nfunc (d *doc) WriteTo(path string) error { return nil }\n\nfunc (d *doc) WriteString(s string) {}\n\nfunc main() {}\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, got := range checkSource(t, tt.src) {
				t.Errorf("refused: %s", got)
			}
		})
	}
}

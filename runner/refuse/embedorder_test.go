package refuse_test

import (
	"strings"
	"testing"
)

// embedHead starts each embedOrder case: a main.go that imports what the
// cases use; main follows on line 12.
const embedHead = "package main\n\nimport (\n\t\"bytes\"\n\t\"fmt\"\n\t\"io\"\n\t\"strings\"\n)\n\nvar _, _, _, _ = bytes.NewReader, fmt.Sprint, io.EOF, strings.NewReader\n\n"

// TestRefusesEmbedOrder lists a struct without a name that embeds a field
// with methods before its last, stored as an interface that reaches those
// methods: the interpreter calls them on the last field.
func TestRefusesEmbedOrder(t *testing.T) {
	for _, tt := range []struct{ name, body, want string }{
		{"a reader and a writer as an io.ReadWriter", "func main() {\n\tvar rw io.ReadWriter = struct {\n\t\tio.Reader\n\t\tio.Writer\n\t}{strings.NewReader(\"x\"), io.Discard}\n\t_ = rw\n}", "main.go:13:25: the interpreter calls the methods of a struct without a name on its last field once it is stored as io.ReadWriter, and this one embeds io.Reader before it"},
		{"a reader and a field as an argument", "func main() {\n\t_, _ = io.ReadAll(struct {\n\t\tio.Reader\n\t\tname string\n\t}{strings.NewReader(\"x\"), \"n\"})\n}", "main.go:13:20: the interpreter calls the methods of a struct without a name on its last field once it is stored as io.Reader"},
		{"a concrete pointer first, returned as an io.ReadCloser", "func open() io.ReadCloser {\n\treturn struct {\n\t\t*bytes.Reader\n\t\tio.Closer\n\t}{bytes.NewReader(nil), nil}\n}\n\nfunc main() { _ = open() }", "main.go:13:9: the interpreter calls the methods of a struct without a name on its last field once it is stored as io.ReadCloser, and this one embeds *bytes.Reader before it"},
		{"stored as an empty interface, which may be asserted", "func main() {\n\tvar v any = struct {\n\t\tio.Reader\n\t\tio.Writer\n\t}{}\n\t_ = v\n}", "stored as any, and this one embeds io.Reader"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			hasRefusal(t, checkSource(t, embedHead+tt.body), tt.want)
		})
	}
}

// TestAcceptsEmbedOrder lists what the interpreter calls on the right
// field.
func TestAcceptsEmbedOrder(t *testing.T) {
	for _, tt := range []struct{ name, body string }{
		{"a method of the last field", "func main() {\n\tvar w io.Writer = struct {\n\t\tio.Reader\n\t\tio.Writer\n\t}{strings.NewReader(\"x\"), io.Discard}\n\t_ = w\n}"},
		{"one embedded field, last", "func main() {\n\tvar r io.Reader = struct {\n\t\tname string\n\t\tio.Reader\n\t}{\"n\", strings.NewReader(\"x\")}\n\t_ = r\n}"},
		{"a struct type with a name", "type pair struct {\n\tio.Reader\n\tio.Writer\n}\n\nfunc main() {\n\tvar rw io.ReadWriter = pair{strings.NewReader(\"x\"), io.Discard}\n\t_ = rw\n}"},
		{"a pointer to the struct", "func main() {\n\tvar rw io.ReadWriter = &struct {\n\t\tio.Reader\n\t\tio.Writer\n\t}{strings.NewReader(\"x\"), io.Discard}\n\t_ = rw\n}"},
		{"its methods called on the struct itself, and the struct printed", "func main() {\n\ts := struct {\n\t\tio.Reader\n\t\tio.Writer\n\t}{strings.NewReader(\"x\"), io.Discard}\n\t_, _ = s.Read(nil)\n\tfmt.Println(s)\n}"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := checkSource(t, embedHead+tt.body); len(got) > 0 {
				t.Errorf("refused:\n%s", strings.Join(got, "\n"))
			}
		})
	}
}

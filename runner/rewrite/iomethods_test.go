package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("iomethodsvalues", "io-reader-method-form-values"),
	)
}

// TestIOMethods checks which methods pass iomethods names anew: those of
// the names the interpreter's wrappers of io.Reader and io.Writer fill in
// and of another form than io's, wherever they are named, and not io's
// forms nor other names.
func TestIOMethods(t *testing.T) {
	const head = "package main\n\nimport \"io\"\n\ntype r struct{}\n\nfunc (r) Read(p []byte) (int, error) { return 0, io.EOF }\n\n"
	for _, tt := range []struct {
		name, src string
		want, not []string
	}{
		{"WriteTo of a path, declared and called", head + "func (x r) WriteTo(path string) error { return nil }\n\nfunc main() { _ = r{}.WriteTo(\"p\") }\n",
			[]string{"func (x r) WriteTo_/*line :9:19*/(path string)", "r{}.WriteTo_/*line :11:30*/(\"p\")"}, nil},
		{"an interface's method of that form", head + "type saver interface{ WriteTo(string) error }\n\nfunc (x r) WriteTo(path string) error { return nil }\n\nfunc main() {\n\tvar s saver = r{}\n\t_ = s.WriteTo(\"p\")\n}\n",
			[]string{"interface{ WriteTo_/*line :9:30*/(string) error }", "s.WriteTo_/*line :15:15*/(\"p\")"}, nil},
		{"a name already taken", head + "type WriteTo_ int\n\nfunc (x r) WriteTo(path string) error { return nil }\n\nfunc main() { _ = r{}.WriteTo(\"p\") }\n",
			[]string{"func (x r) WriteTo__/*line", "r{}.WriteTo__/*line"}, nil},
		{"io's forms", head + "func (x r) WriteTo(w io.Writer) (int64, error) { return 0, nil }\n\nfunc (x r) ReadByte() (byte, error) { return 0, nil }\n\nfunc main() {}\n",
			nil, []string{"WriteTo_", "ReadByte_"}},
		{"a response writer's Flush returning an error, and net/http's Hijack", "package main\n\nimport (\n\t\"bufio\"\n\t\"net\"\n\t\"net/http\"\n)\n\ntype w struct{ http.ResponseWriter }\n\nfunc (x *w) Flush() error { return nil }\n\nfunc (x *w) Hijack() (net.Conn, *bufio.ReadWriter, error) { return nil, nil, nil }\n\nfunc main() { _ = (&w{}).Flush() }\n",
			[]string{"func (x *w) Flush_/*line", "(&w{}).Flush_/*line"}, []string{"Hijack_"}},
		{"another name", head + "func (x r) Save(path string) error { return nil }\n\nfunc main() { _ = r{}.Save(\"p\") }\n",
			nil, []string{"Save_"}},
	} {
		t.Run(tt.name, func(t *testing.T) { liftHolds(t, tt.src, tt.want, tt.not) })
	}
}

package rewrite_test

import "testing"

// TestFuncArgs checks which arguments get the conversion to a named
// function type of Go's library written out: those handed to the
// script's own functions, methods and function values, not to Go's.
func TestFuncArgs(t *testing.T) {
	head := "package main\n\nimport (\n\t\"net/http\"\n)\n\ntype M struct{ hs []http.HandlerFunc }\n\nfunc (m *M) Add(h http.HandlerFunc) { m.hs = append(m.hs, h) }\n\nfunc wrap(next http.HandlerFunc) http.HandlerFunc { return next }\n\nfunc chain(hs ...http.HandlerFunc) {}\n\nfunc hello(w http.ResponseWriter, r *http.Request) {}\n\nfunc main() {\n\tvar m M\n\t"
	for _, tt := range []struct {
		name, body string
		want, not  []string
	}{
		{"a declared function of the script", "_ = wrap(hello)", []string{"_ = wrap(http.HandlerFunc(/*line :19:11*/hello)/*line :19:16*/)"}, nil},
		{"a method of the script", "m.Add(hello)", []string{"m.Add(http.HandlerFunc(/*line :19:8*/hello)/*line :19:13*/)"}, nil},
		{"a variadic parameter", "chain(hello, hello)", []string{"chain(http.HandlerFunc(/*line :19:8*/hello)/*line :19:13*/, http.HandlerFunc(/*line :19:15*/hello)/*line :19:20*/)"}, nil},
		{"a function literal", "_ = wrap(func(w http.ResponseWriter, r *http.Request) {})", []string{"_ = wrap(http.HandlerFunc(/*line :19:11*/func("}, nil},
		{"a value of the type already", "_ = wrap(http.HandlerFunc(hello))", nil, []string{"http.HandlerFunc(/*line"}},
		{"a function of Go's library", "_ = filepath.Walk(\".\", func(string, fs.FileInfo, error) error { return nil })", nil, []string{"filepath.WalkFunc("}},
		{"a spread slice", "chain(m.hs...)", nil, []string{"http.HandlerFunc("}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := head + tt.body + "\n\t_ = m\n}\n"
			if tt.name == "a function of Go's library" {
				src = "package main\n\nimport (\n\t\"io/fs\"\n\t\"path/filepath\"\n)\n\nfunc main() {\n\t" + tt.body + "\n}\n"
			}
			liftHolds(t, src, tt.want, tt.not)
		})
	}
}

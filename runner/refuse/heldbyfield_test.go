package refuse_test

import (
	"strings"
	"testing"
)

// TestTypeOfLibraryInterface: %T and %#v of an interface of Go's library
// other than error are refused where a struct of the script implements it
// with value receivers (the interpreter's wrapper holds a field of it);
// not with a pointer receiver, an error, a fmt.Stringer (whose wrapper
// gives the value back), %v, or a type of lift's pool.
func TestTypeOfLibraryInterface(t *testing.T) {
	const v = "type V struct{ N int }\n\nfunc (v V) GoString() string { return \"v\" }\n\n"
	const s = "type S struct{ N int }\n\nfunc (s S) String() string { return \"s\" }\n\n"
	const p = "type P struct{ N int }\n\nfunc (p *P) String() string { return \"p\" }\n\n"
	tests := []struct{ name, body, want string }{
		{"%T of a fmt.GoStringer", v + "func main() {\n\tvar s fmt.GoStringer = V{1}\n\tfmt.Printf(\"%T\\n\", s)\n}", "main.go:21:21: %T of a fmt.GoStringer that may hold a V names the interpreter's wrapper"},
		{"%#v of a fmt.GoStringer", v + "func main() {\n\tvar s fmt.GoStringer = V{1}\n\tfmt.Printf(\"%#v\\n\", s)\n}", "main.go:21:22: %#v of a fmt.GoStringer that may hold a V"},
		{"no refusal: %v", v + "func main() {\n\tvar s fmt.GoStringer = V{1}\n\tfmt.Printf(\"%v\\n\", s)\n}", ""},
		{"no refusal: %T and %#v of a fmt.Stringer, whose wrapper gives the value back", s + "func main() {\n\tvar s fmt.Stringer = S{1}\n\tfmt.Printf(\"%T %#v\\n\", s, s)\n}", ""},
		{"no refusal: a pointer receiver", p + "func main() {\n\tvar s fmt.Stringer = &P{1}\n\tfmt.Printf(\"%T\\n\", s)\n}", ""},
		{"no refusal: an error", "type E struct{ N int }\n\nfunc (e E) Error() string { return \"e\" }\n\nfunc main() {\n\tvar err error = E{1}\n\tfmt.Printf(\"%T\\n\", err)\n}", ""},
		{"no refusal: a type of lift's pool", "type K int\n\nfunc (k K) String() string { return \"k\" }\n\nfunc main() {\n\tvar s fmt.Stringer = K(1)\n\tfmt.Printf(\"%T\\n\", s)\n}", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := check(t, tt.body)
			if tt.want == "" {
				for _, g := range got {
					if strings.Contains(g, "wrapper of it") {
						t.Errorf("refused: %s", g)
					}
				}
				return
			}
			hasRefusal(t, got, tt.want)
		})
	}
}

// TestTypeOfNetAddr: %T of a net.Addr that may hold a struct of the
// script with a String method is not refused (gostd's wrapper of a
// net.Addr gives the value back, as fmt.Stringer's does), but its
// assertion still is.
func TestTypeOfNetAddr(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"fmt\"\n\t\"net\"\n)\n\ntype slot struct{ N int }\n\nfunc (s slot) Network() string { return \"slot\" }\n\nfunc (s slot) String() string { return \"s\" }\n\n"
	got := checkSource(t, head+"func main() {\n\tvar a net.Addr = slot{1}\n\tfmt.Printf(\"%T %#v\\n\", a, a)\n}\n")
	for _, g := range got {
		t.Errorf("refused: %s", g)
	}
	got = checkSource(t, head+"func main() {\n\tvar a net.Addr = slot{1}\n\t_, ok := a.(slot)\n\tfmt.Println(ok)\n}\n")
	hasRefusal(t, got, "main.go:16:14: the interpreter keeps a slot stored as net.Addr in a wrapper that holds one of its fields")
}

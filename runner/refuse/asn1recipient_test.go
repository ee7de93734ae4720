package refuse_test

import "testing"

// TestASN1Recipients checks that asn1.Unmarshal into a value of a
// script's type that is no pointer is refused, and that a pointer, a
// value of Go's types alone and an interface are not.
func TestASN1Recipients(t *testing.T) {
	script := func(body string) string {
		return "package main\n\nimport \"encoding/asn1\"\n\ntype Point struct{ X, Y int }\n\nfunc main() {\n\tvar p Point\n\tvar n int\n\tvar v any = &p\n\t" + body + "\n\t_, _, _ = p, n, v\n}\n"
	}
	hasRefusal(t, checkSource(t, script("_, err := asn1.Unmarshal(nil, p)\n\t_ = err")),
		"main.go:11:32: asn1.Unmarshal fills what a pointer points to, and fails with any other value, with an error that names Point as the interpreter spells it, not as Go does: pass a pointer (&p)")
	hasRefusal(t, checkSource(t, script("_, _ = asn1.UnmarshalWithParams(nil, []Point{}, \"set\")")),
		"main.go:11:39: asn1.Unmarshal fills what a pointer points to")
	for _, body := range []string{
		"_, _ = asn1.Unmarshal(nil, &p)",
		"_, _ = asn1.Unmarshal(nil, n)",
		"_, _ = asn1.Unmarshal(nil, v)",
	} {
		for _, got := range checkSource(t, script(body)) {
			t.Errorf("refused: %s\n%s", got, body)
		}
	}
}

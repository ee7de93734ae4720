package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		fromCorpus("zeroresults_script_interface", "named-result-script-interface"),
	)
}

// TestNilOfScriptInterface: a named result of an interface the script
// declares is zeroed as its nil converted, and new of one is the address
// of a variable declared without a value; one of error, or new of a
// concrete type, is left as before.
func TestNilOfScriptInterface(t *testing.T) {
	const head = "package main\n\nimport \"fmt\"\n\ntype Shape interface{ Area() float64 }\n\n"
	tests := []struct {
		name      string
		src       string
		want, not []string
	}{
		{"named results", head + "func f() (s Shape, err error, n interface{ Area() float64 }) { return }\n\nfunc main() { fmt.Println(f()) }\n",
			[]string{"s, err, n = (Shape)(nil), *new(error), (interface{ Area() float64 })(nil);"}, []string{"new(Shape)"}},
		{"new", head + "func main() {\n\th := new(Shape)\n\tfmt.Println(*h == nil, new(int) != nil)\n}\n",
			[]string{"h := func() *Shape { var _new", " Shape; return &_new", "new(int)"}, []string{"new(Shape)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}

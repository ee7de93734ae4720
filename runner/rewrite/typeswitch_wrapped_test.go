package rewrite_test

import "testing"

// TestWrappedCaseSwitch: a type switch on an empty interface with a case
// of a script's type with a String (or other calledThroughAny) method is
// written as comma-ok assertions, which see through the interpreter's
// wrapper, and asserts what lift.Held takes out of the wrappers where the
// type has a method lift.SelfMethod (a Stringer's value stored as
// fmt.Stringer and then as an any is in gostd's wrapper); one whose cases name no such type, or that switches on an
// interface with methods, stays a type switch.
func TestWrappedCaseSwitch(t *testing.T) {
	const head = "package main\n\nimport \"fmt\"\n\ntype J struct{ N string }\n\nfunc (j J) String() string { return j.N }\n\ntype P struct{ N int }\n\nfunc (p *P) Error() string { return \"\" }\n\ntype T struct{ N int }\n\nfunc (T) M() {}\n\n"
	tests := []struct {
		name      string
		src       string
		want, not []string
	}{
		{"value case, bound", head + "func main() {\n\tc := make(chan any, 1)\n\tc <- J{\"a\"}\n\tv := <-c\n\tswitch e := v.(type) {\n\tcase nil:\n\t\tfmt.Println(e)\n\tcase J:\n\t\tfmt.Println(e.N)\n\tdefault:\n\t\tfmt.Println(e)\n\t}\n}\n",
			[]string{"case v == nil:", "case v != nil && func() bool { _, ok := interface{}(_sl2.Held(v)).(J); return ok }():", "e := interface{}(_sl2.Held(v)).(J);", "e := v;"}, []string{".(type)"}},
		{"pointer method, received", head + "func main() {\n\tc := make(chan any, 1)\n\tc <- P{1}\n\tswitch (<-c).(type) {\n\tcase P, int:\n\t\tfmt.Println(1)\n\t}\n}\n",
			[]string{":= (<-c);", ".(P); return ok }() || _ts", ".(int); return ok }():"}, []string{".(type)"}},
		{"no such case", head + "func main() {\n\tvar v any = T{1}\n\tswitch e := v.(type) {\n\tcase T, int:\n\t\tfmt.Println(e)\n\t}\n}\n",
			[]string{"switch e := v.(type) {"}, []string{"func() bool"}},
		{"on a Stringer, whose wrapper gives the value back", head + "func main() {\n\tvar v fmt.Stringer = J{}\n\tswitch e := v.(type) {\n\tcase J:\n\t\tfmt.Println(e.N)\n\t}\n}\n",
			[]string{"func() bool { _, ok := interface{}(_sl2.Held(v)).(J); return ok }():", "e := interface{}(_sl2.Held(v)).(J);"}, []string{".(type)"}},
		{"on another interface of Go's library", head + "type W struct{ N string }\n\nfunc (W) GoString() string { return \"\" }\n\nfunc main() {\n\tvar v fmt.GoStringer = W{}\n\tswitch e := v.(type) {\n\tcase W:\n\t\tfmt.Println(e.N)\n\t}\n}\n",
			[]string{"switch e := v.(type) {"}, []string{"func() bool"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}

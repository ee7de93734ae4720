package rewrite_test

import "testing"

func init() {
	programs = append(programs,
		// A nil of an interface the script declares goes to case nil, in a
		// switch that binds a variable and one that does not, in a list of
		// cases, and on an interface written as a literal.
		program{"typeswitch_nil_script_interface", `package main

import "fmt"

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func bound(s Shape) string {
	switch v := s.(type) {
	case Rect:
		return fmt.Sprint("rect ", v.W)
	case nil:
		return fmt.Sprint("nil ", v)
	}
	return "other"
}

func listed(s interface{ Area() float64 }) string {
	switch s.(type) {
	case nil, Rect:
		return "nil or rect"
	}
	return "other"
}

func main() {
	var none Shape
	fmt.Println(bound(none), bound(Rect{2, 3}), bound(&Rect{}))
	fmt.Println(listed(nil), listed(Rect{}), listed(&Rect{}))
}
`})
}

// TestNilCaseOnScriptInterface: a type switch with case nil on an
// interface with methods that the script declares or writes as a literal
// is written as comparisons and comma-ok assertions; on error, an
// interface of Go's library or the empty interface, whose nil the
// interpreter's type switch matches, it stays a type switch.
func TestNilCaseOnScriptInterface(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n)\n\ntype Shape interface{ Area() float64 }\n\ntype Rect struct{}\n\nfunc (Rect) Area() float64 { return 0 }\n\nvar _ io.Reader\n\n"
	tests := []struct {
		name      string
		src       string
		want, not []string
	}{
		{"declared, bound", head + "func main() {\n\tvar s Shape\n\tswitch v := s.(type) {\n\tcase nil:\n\t\tfmt.Println(v)\n\tcase Rect:\n\t\tfmt.Println(v)\n\t}\n}\n",
			[]string{"case s == nil:", "case s != nil && func() bool { _, ok := s.(Rect); return ok }():", "v := s;", "v := s.(Rect);"}, []string{".(type)"}},
		{"literal, unbound", head + "func main() {\n\tvar s interface{ Area() float64 }\n\tswitch s.(type) {\n\tcase Rect, nil:\n\t\tfmt.Println(1)\n\t}\n}\n",
			[]string{"case s != nil && func() bool { _, ok := s.(Rect); return ok }() || s == nil:"}, []string{".(type)"}},
		{"declared, without case nil", head + "func main() {\n\tvar s Shape\n\tswitch v := s.(type) {\n\tcase Rect:\n\t\tfmt.Println(v)\n\t}\n}\n",
			[]string{"switch v := s.(type) {"}, []string{"func() bool"}},
		{"error", head + "func main() {\n\tvar err error\n\tswitch err.(type) {\n\tcase nil:\n\t\tfmt.Println(1)\n\t}\n}\n",
			[]string{"switch err.(type) {"}, []string{"func() bool", "err == nil"}},
		{"library interface", head + "func main() {\n\tvar r io.Reader\n\tswitch r.(type) {\n\tcase nil:\n\t\tfmt.Println(1)\n\t}\n}\n",
			[]string{"switch r.(type) {"}, []string{"r == nil"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}

// TestNilCaseOnScriptInterfaceRefused: a switch with an init statement on
// an operand that is not a variable has no place to save the operand, and
// is refused with what to write.
func TestNilCaseOnScriptInterfaceRefused(t *testing.T) {
	refuses(t, "package main\n\nimport \"fmt\"\n\ntype Shape interface{ Area() float64 }\n\nfunc main() {\n\tss := []Shape{nil}\n\tswitch i := 0; ss[i].(type) {\n\tcase nil:\n\t\tfmt.Println(i)\n\t}\n}\n",
		"main.go:9:17: the interpreter's type switch does not match case nil where ss[i] is a nil Shape: assign ss[i] to a variable first")
}

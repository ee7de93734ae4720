package refuse_test

import "testing"

// TestInterfaceElems checks printing an any that may hold a slice or map of
// an interface the script declares, and that the same values printed with
// their own types, or through the script's interface, are not refused.
func TestInterfaceElems(t *testing.T) {
	const decls = "package main\n\nimport \"fmt\"\n\ntype shape interface{ area() int }\n\ntype sq struct{ s int }\n\nfunc (s sq) area() int { return s.s }\n\n"
	hasRefusal(t, checkSource(t, decls+"func main() {\n\tvar x any = []shape{sq{2}}\n\tfmt.Println(x)\n}\n"),
		"main.go:13:14: this value of any may hold a []shape, whose elements the interpreter keeps")
	hasRefusal(t, checkSource(t, decls+"func show(v any) { fmt.Printf(\"%T\\n\", v) }\n\nfunc main() { show(map[string]shape{\"a\": sq{1}}) }\n"),
		"main.go:11:39: this value of any may hold a map[string]shape")
	for _, src := range []string{
		decls + "func main() {\n\tshapes := []shape{sq{2}}\n\tfmt.Println(shapes, map[string]shape{\"a\": sq{1}})\n\tvar x any = []sq{{1}}\n\tfmt.Println(x)\n}\n",
		decls + "type many []shape\n\nfunc (m many) area() int { return len(m) }\n\nfunc main() {\n\tvar s shape = many{sq{1}}\n\tfmt.Println(s)\n}\n",
	} {
		for _, got := range checkSource(t, src) {
			t.Errorf("refused: %s\n%s", got, src)
		}
	}
}

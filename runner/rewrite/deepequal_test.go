package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("deepequal", "deepequal-any-methods"))
}

// TestDeepEqualEdits checks which calls of reflect.DeepEqual the pass
// hands to lift.DeepEqual, and which it refuses.
func TestDeepEqualEdits(t *testing.T) {
	const head = "package main\n\nimport \"reflect\"\n\n"
	const point = "type Point struct{ X, Y int }\n\nfunc (p Point) Len() int { return p.X }\n\n"
	for _, tt := range []struct {
		name, src string
		want, not []string
	}{
		{"a type with methods", head + point + "func main() { _ = reflect.DeepEqual([]any{Point{}}, []any{Point{}}) }\n",
			[]string{".DeepEqual([]any{"}, []string{"reflect.DeepEqual"}},
		{"a method of a pointer", head + "type Node struct{ N int }\n\nfunc (n *Node) Up() { n.N++ }\n\nfunc main() { _ = reflect.DeepEqual(map[string]any{}, map[string]any{}) }\n",
			[]string{"_sl1.DeepEqual(map[string]any{}, map[string]any{})"}, []string{"reflect.DeepEqual"}},
		{"no type with methods", head + "type Point struct{ X, Y int }\n\nfunc main() { _ = reflect.DeepEqual([]any{Point{}}, []any{Point{}}) }\n",
			[]string{"reflect.DeepEqual([]any{Point{}}, []any{Point{}})"}, []string{"lift"}},
		{"a function value", head + point + "func main() { eq := reflect.DeepEqual; _ = eq(1, 2) }\n",
			[]string{"eq := _sl1.DeepEqual"}, []string{"reflect.DeepEqual"}},
		{"a function value, no type with methods", head + "func main() { eq := reflect.DeepEqual; _ = eq(1, 2) }\n",
			[]string{"eq := reflect.DeepEqual"}, []string{"lift"}},
		{"a slice beside a type of its form, compared with one of its own type", head + "type P struct{ N int }\n\ntype L []P\n\nfunc (l L) Len() int { return len(l) }\n\nfunc main() {\n\tgot, want := []P{{1}}, []P{{1}}\n\t_ = reflect.DeepEqual(got, want)\n\t_ = L{}\n}\n",
			[]string{".DeepEqual(got, want)"}, []string{"reflect.DeepEqual"}},
	} {
		t.Run(tt.name, func(t *testing.T) { liftHolds(t, tt.src, tt.want, tt.not) })
	}
}

// TestDeepEqualRefused checks that reflect.DeepEqual is refused where a
// type with methods has the runtime form of another type of the package.
func TestDeepEqualRefused(t *testing.T) {
	const head = "package main\n\nimport \"reflect\"\n\n"
	for _, tt := range []struct{ name, src, want string }{
		{"a map type and a map", head + "type Set map[string]bool\n\nfunc (s Set) Has(k string) bool { return s[k] }\n\nfunc main() { _ = reflect.DeepEqual(any(Set{}), map[string]bool{}) }\n",
			"main.go:9:19: the interpreter makes Set one type with map[string]bool at run time"},
		{"a slice type and a slice, of two static types", head + "type L []int\n\nfunc (l L) Len() int { return len(l) }\n\nfunc main() { _ = reflect.DeepEqual(L{}, []int{}) }\n",
			"the interpreter makes L one type with []int at run time"},
		{"a struct type and a struct literal", head + "type P struct{ X int }\n\nfunc (p P) Len() int { return p.X }\n\nvar q = struct{ X int }{1}\n\nfunc main() { _ = reflect.DeepEqual(any(P{}), any(q)) }\n",
			"the interpreter makes P one type with struct{X int} at run time"},
		{"a function value beside a map type and a map", head + "type Set map[string]bool\n\nfunc (s Set) Has(k string) bool { return s[k] }\n\nfunc main() {\n\teq := reflect.DeepEqual\n\t_ = eq(Set{}, map[string]bool{})\n}\n",
			"main.go:10:8: the interpreter makes Set one type with map[string]bool at run time, so socklab cannot tell their values apart in reflect.DeepEqual taken as a value"},
	} {
		t.Run(tt.name, func(t *testing.T) { refuses(t, tt.src, tt.want) })
	}
}

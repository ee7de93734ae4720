package refuse_test

import "testing"

// TestTypeParamNames checks a field and a local variable that bear a
// type parameter's name in its generic declaration, and that a selector
// or a key of another type's field of that name, the name outside it, or
// type parameters named apart, are not refused.
func TestTypeParamNames(t *testing.T) {
	hasRefusal(t, checkSource(t, "package main\n\ntype Pair[K comparable, V any] struct {\n\tK K\n\tV V\n}\n\nfunc main() { _ = Pair[string, int]{} }\n"),
		"main.go:4:2: the interpreter replaces every identifier named K in this generic declaration with the type argument of its type parameter K, the name declared here too: give the type parameter another name (KT)")
	hasRefusal(t, checkSource(t, "package main\n\ntype P[K any] struct{ Key K }\n\nfunc (p P[K]) Get() K {\n\tfor _, K := range []K{p.Key} {\n\t\treturn K\n\t}\n\treturn p.Key\n}\n\nfunc main() { _ = P[int]{}.Get() }\n"),
		"main.go:6:9: the interpreter replaces every identifier named K")
	for _, src := range []string{
		"package main\n\ntype Pair[KT comparable, VT any] struct {\n\tK KT\n\tV VT\n}\n\nfunc (p Pair[KT, VT]) Key() KT { return p.K }\n\nfunc main() { _ = Pair[string, int]{K: \"a\"}.Key() }\n",
		"package main\n\ntype Box struct{ T int }\n\nfunc Get[T any](v T) int {\n\tb := Box{T: 3}\n\treturn b.T\n}\n\nfunc main() { _ = Get(1) }\n",
		"package main\n\ntype Stack[T any] struct{ items []T }\n\nfunc (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }\n\nfunc main() {\n\tT := 1\n\t_ = T\n}\n",
	} {
		for _, got := range checkSource(t, src) {
			t.Errorf("refused: %s\n%s", got, src)
		}
	}
}

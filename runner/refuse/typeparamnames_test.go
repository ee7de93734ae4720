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

// TestGenericMethods checks that two generic types the interpreter
// instantiates itself (error types), with a method of one name and
// instances of the same type arguments, are refused, and that other type
// arguments, or types written out per instance, are not.
func TestGenericMethods(t *testing.T) {
	const decls = "package main\n\ntype ErrA[T any] struct{ V T }\n\nfunc (e ErrA[T]) Error() string { return \"a\" }\n\ntype ErrB[T any] struct{ V T }\n\nfunc (e *ErrB[T]) Error() string { return \"b\" }\n\n"
	hasRefusal(t, checkSource(t, decls+"func main() { _, _ = ErrA[int]{}, &ErrB[int]{} }\n"),
		"main.go:11:36: the interpreter runs the method Error of ErrA[int] for ErrB[int] too")
	const boxes = "package main\n\ntype A[T any] struct{ V T }\n\nfunc (a A[T]) String() string { return \"a\" }\n\ntype B[T any] struct{ V T }\n\nfunc (b B[T]) String() string { return \"b\" }\n\n"
	for _, src := range []string{
		decls + "func main() { _, _ = ErrA[int]{}, &ErrB[string]{} }\n",
		boxes + "func main() { _, _ = A[int]{}, B[int]{} }\n",
	} {
		for _, got := range checkSource(t, src) {
			t.Errorf("refused: %s\n%s", got, src)
		}
	}
}

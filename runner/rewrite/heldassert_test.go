package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("heldassert", "error-in-any"))
}

// TestHeldAsserts checks which assertions pass heldassert writes on what
// lift.Held takes out: to an error type of the script or a pointer to
// one, on an empty interface; to a struct error type (not a pointer), on
// an error.
func TestHeldAsserts(t *testing.T) {
	src := "package main\n\ntype E struct{ n int }\n\nfunc (*E) Error() string { return \"\" }\n\ntype V struct{ n int }\n\nfunc (V) Error() string { return \"\" }\n\ntype S struct{ n int }\n\nfunc main() {\n\tvar a any\n\tvar err error\n\t_, _ = a.(*E)\n\t_ = a.(*S)\n\t_ = err.(*E)\n\tswitch x := a.(type) {\n\tcase *E:\n\t\t_ = x\n\t}\n\t_, _ = a.(V)\n\t_ = a.(S)\n\t_, _ = err.(V)\n}\n"
	liftHolds(t, src, []string{
		"_, _ = interface{}(_sl2.Held(a)).(*E)",
		"x := interface{}(_sl2.Held(a)).(*E);",
		"func() bool { _, ok := interface{}(_sl2.Held(a)).(*E); return ok }()",
		"_, _ = interface{}(_sl2.Held(a)).(V)",
		"_, _ = interface{}(_sl2.Held(err)).(V)",
	}, []string{"Held(a).(*S)", "Held(err)).(*E)", "Held(a).(S)"})
}

// TestHeldStringers: asserting an empty interface or a fmt.Stringer to a
// Stringer type of the script (or its pointer) asks lift.Held, whose
// wrapper gives the value back; a fmt.Stringer asserted to an instance
// of a generic Stringer, or to a type without String, is asserted as it
// is.
func TestHeldStringers(t *testing.T) {
	src := "package main\n\nimport \"fmt\"\n\ntype P struct{ X, Y int }\n\nfunc (P) String() string { return \"\" }\n\ntype G[T any] struct{ v T }\n\nfunc (G[T]) String() string { return \"\" }\n\ntype Q struct{ n int }\n\nfunc main() {\n\tvar a any\n\tvar s fmt.Stringer = P{}\n\t_, _ = a.(P)\n\t_ = s.(P)\n\t_ = s.(*P)\n\t_ = s.(G[int])\n\t_ = a.(Q)\n\tswitch x := s.(type) {\n\tcase P:\n\t\t_ = x\n\t}\n}\n"
	liftHolds(t, src, []string{
		"_sl2.Held(a)).(P)",
		"_ = interface{}(_sl2.Held(s)).(P)",
		"_ = interface{}(_sl2.Held(s)).(*P)",
		"x := interface{}(_sl2.Held(s)).(P);",
	}, []string{"Held(s).(G[int])", "Held(s)).(_G", "Held(a).(Q)", "Held(a)).(Q)"})
}

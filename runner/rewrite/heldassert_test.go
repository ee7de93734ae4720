package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("heldassert", "error-in-any"))
}

// TestHeldAsserts checks which assertions pass heldassert writes on what
// lift.Held takes out: to an error type of the script or a pointer to
// one, on an empty interface.
func TestHeldAsserts(t *testing.T) {
	src := "package main\n\ntype E struct{ n int }\n\nfunc (*E) Error() string { return \"\" }\n\ntype V struct{ n int }\n\nfunc (V) Error() string { return \"\" }\n\ntype S struct{ n int }\n\nfunc main() {\n\tvar a any\n\tvar err error\n\t_, _ = a.(*E)\n\t_ = a.(*S)\n\t_ = err.(*E)\n\tswitch x := a.(type) {\n\tcase *E:\n\t\t_ = x\n\t}\n\t_, _ = a.(V)\n\t_ = a.(S)\n}\n"
	liftHolds(t, src, []string{
		"_, _ = interface{}(_sl2.Held(a)).(*E)",
		"x := interface{}(_sl2.Held(a)).(*E);",
		"func() bool { _, ok := interface{}(_sl2.Held(a)).(*E); return ok }()",
		"_, _ = interface{}(_sl2.Held(a)).(V)",
	}, []string{"Held(a).(*S)", "Held(err)", "Held(a).(S)"})
}

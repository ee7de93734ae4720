package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("heldassert", "error-in-any"))
}

// TestHeldAsserts checks which assertions pass heldassert writes on what
// lift.Held takes out: to a pointer of an error type of the script, on an
// empty interface.
func TestHeldAsserts(t *testing.T) {
	src := "package main\n\ntype E struct{ n int }\n\nfunc (*E) Error() string { return \"\" }\n\ntype S struct{ n int }\n\nfunc main() {\n\tvar a any\n\tvar err error\n\t_, _ = a.(*E)\n\t_ = a.(*S)\n\t_ = err.(*E)\n\tswitch x := a.(type) {\n\tcase *E:\n\t\t_ = x\n\t}\n}\n"
	liftHolds(t, src, []string{
		"_, _ = _sl2.Held(a).(*E)",
		"x := _sl2.Held(a).(*E);",
		"func() bool { _, ok := _sl2.Held(a).(*E); return ok }()",
	}, []string{"Held(a).(*S)", "Held(err)"})
}

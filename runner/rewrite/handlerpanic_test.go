package rewrite_test

import "testing"

// TestHandlerPanics checks that pass handlerpanic hands a value of the
// script's struct type that a handler panics with on as the error or
// Stringer it is, in a package that sets an http.Server's ErrorLog, and
// leaves an interface value, a value without those methods, a panic
// outside a handler, and a package without an ErrorLog alone. (The
// corpus's http-errorlog-handler-panic-value runs it: the interpreter
// this package's tests run writes its own report of a handler's panic to
// the output they compare.)
func TestHandlerPanics(t *testing.T) {
	const decls = "package main\n\nimport (\n\t\"log\"\n\t\"net/http\"\n)\n\ntype codeErr struct{ code int }\n\nfunc (e codeErr) Error() string { return \"code\" }\n\ntype note struct{ s string }\n\nfunc (n *note) String() string { return n.s }\n\ntype plain struct{}\n\nfunc other() { panic(codeErr{1}) }\n\nfunc main() {\n\tvar err error = codeErr{2}\n\th := func(w http.ResponseWriter, r *http.Request) {\n\t\tswitch r.URL.Path {\n\t\tcase \"/a\":\n\t\t\tpanic(codeErr{3})\n\t\tcase \"/b\":\n\t\t\tpanic(&note{\"x\"})\n\t\tcase \"/c\":\n\t\t\tpanic(plain{})\n\t\t}\n\t\tpanic(err)\n\t}\n\t_, _ = h, other\n\t"
	src := decls + "_ = &http.Server{ErrorLog: log.Default()}\n}\n"
	liftHolds(t, src, []string{
		"panic(_slPanicAs4(/*line :25:10*/codeErr{3})/*line :25:20*/)", "func _slPanicAs4(v error) any { return v }",
		"panic(_slPanicAs6(/*line :27:10*/&note{\"x\"})/*line :27:20*/)", "func _slPanicAs6(v _sl5.Stringer) any { return v }",
	}, []string{"(/*line :29:10*/plain{})", "(/*line :18:22*/codeErr{1})"})
	src = decls + "_ = &http.Server{}\n\t_ = log.Default()\n}\n"
	liftHolds(t, src, nil, []string{"_slPanicAs"})
}

package rewrite_test

import "testing"

// TestPanicNilInterface: panic with an argument of an interface type or a
// type parameter, which may be nil when the program runs, goes through
// the file's function that gives Go's *runtime.PanicNilError for nil,
// keeping the columns after it; the literal nil becomes Go's value
// directly, and an argument of another type stays as it is. (The corpus
// program panic-nil-interface-recovered runs it: the bare interpreter
// these tests run prints each recovered panic on its standard error.)
func TestPanicNilInterface(t *testing.T) {
	const head = "package main\n\nimport \"errors\"\n\nvar _ = errors.New\n\n"
	// the function, up to the name the file gives lift's package
	const fn = "func _slPanicArg1(v any) any { if v == nil { return _sl"
	liftHolds(t, head+"func must(err error) {\n\tpanic(err)\n}\n\nfunc main() { must(nil) }\n",
		[]string{"panic(_slPanicArg1(/*line :8:8*/err)/*line :8:11*/)", fn}, nil)
	liftHolds(t, head+"func raise[T any](v T) { panic(v) }\n\nfunc main() { raise[error](nil) }\n",
		[]string{"panic(_slPanicArg1(/*line :7:32*/v)/*line :7:33*/)", fn}, nil)
	liftHolds(t, head+"func main() {\n\tdefer func() { r := recover(); panic(r) }()\n}\n",
		[]string{"panic(_slPanicArg1(", fn}, nil)
	liftHolds(t, head+"func main() { panic(nil) }\n",
		[]string{".PanicNil()/*line :7:24*/)"}, []string{"_slPanicArg"})
	liftHolds(t, head+"type Code int\n\nfunc main() { panic(Code(2)); panic(\"x\"); panic(errors.New(\"e\").Error()) }\n",
		nil, []string{"_slPanicArg"})
}

package rewrite_test

import "testing"

// TestPanicSentinel: panic with a variable of Go's standard library goes
// to lift.Panic, which panics with the value itself, keeping the columns
// after panic; any other argument stays with the interpreter's panic.
// (The corpus program http-handler-abort-logged runs it against Go.)
func TestPanicSentinel(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"errors\"\n\t\"io\"\n\t\"net/http\"\n)\n\nvar _, _, _ = errors.New, io.EOF, http.ErrAbortHandler\n\n"
	liftHolds(t, head+"func main() {\n\tpanic(http.ErrAbortHandler)\n}\n",
		[]string{".Panic/*line :12:7*/(_slPanicArg1("}, nil)
	liftHolds(t, head+"func main() { panic((io.EOF)) }\n",
		[]string{".Panic/*line :11:20*/("}, nil)
	liftHolds(t, head+"var errLocal = errors.New(\"x\")\n\nfunc main() { panic(errLocal); panic(io.EOF.Error()); panic(\"s\") }\n",
		nil, []string{".Panic/*line"})
}

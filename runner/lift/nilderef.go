package lift

// NilDeref panics as Go panics where a script reads through a nil
// pointer: with the runtime error that compiled code raises, which it
// gets by reading through one itself (runtime error: invalid memory
// address or nil pointer dereference, a runtime.Error). The interpreter
// reads a nil *string that is an operand of a binary operator ("x" + *p,
// *p == "") as "<invalid Value>", with no panic; runner/rewrite (pass
// derefstring) hands such a pointer to a function of the file that calls
// NilDeref where it is nil.
func NilDeref() {
	var p *int
	_ = *p
}

package refuse

import "go/types"

// libraryInterface returns, for advice, an interface of Go's library with
// a method of the interface t (net.Error has Timeout), and a concrete type
// of Go's library that has it, "" where none is named: what a script that
// asserts its own interface to ask a library value for the method can
// assert instead.
func libraryInterface(t types.Type) (iface, concrete string) {
	it, ok := t.Underlying().(*types.Interface)
	if !ok {
		return "net.Error has Timeout", "*net.OpError"
	}
	for i := range it.NumMethods() {
		switch m := it.Method(i).Name(); m {
		case "RuntimeError":
			return "runtime.Error has RuntimeError", ""
		case "Timeout", "Temporary":
			return "net.Error has " + m, "*net.OpError"
		case "Network":
			return "net.Addr has Network", "*net.TCPAddr"
		case "String":
			return "fmt.Stringer has String", ""
		}
	}
	return "net.Error has Timeout", "*net.OpError"
}

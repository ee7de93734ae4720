package refuse

import "go/types"

// assertionErrors refuses naming runtime.TypeAssertionError: a failed
// assertion that the interpreter would answer with its own message panics
// in socklab with a stand-in of Go's error, of Go's message and of the
// same name under %T (lift.ConversionError), which an assertion to Go's
// own type does not find.
func assertionErrors(r *reporter) {
	for id, o := range r.info.Uses {
		tn, ok := o.(*types.TypeName)
		if !ok || tn.Pkg() == nil || tn.Pkg().Path() != "runtime" || tn.Name() != "TypeAssertionError" {
			continue
		}
		r.refuse(id.Pos(), "a failed type assertion panics in socklab with a stand-in for *runtime.TypeAssertionError, of Go's message and name, which a type assertion, a type switch or errors.As does not find as Go's: ask for a runtime.Error instead (re, ok := r.(runtime.Error)), whose Error method gives the message")
	}
}

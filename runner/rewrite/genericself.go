package rewrite

import (
	"github.com/socklab/socklab/runner/lift"
)

// selfMethod gives the plain type of gc, an instance of a generic
// Stringer that is no error, the method lift.SelfMethod that pass
// errormethods gives the generic type (whose copies do not have it):
// stored as a fmt.Stringer, a Box[Coord] of type Box[T any] struct{ V T }
// was kept by the interpreter as its field, and fmt printed the field by
// its String method, not the Box by its own.
func (m *monomorph) selfMethod(gc *genericCopy) {
	if !isStringer(gc.inst) || isError(gc.inst) {
		return
	}
	r := m.e.Name("r")
	m.e.Append("func (" + r + " " + gc.name + ") " + lift.SelfMethod + "() any { return " + m.e.Import(lift.Package) + ".Self(\"\", " + r + ") }")
}

package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/lift"
)

// A panic that no recover stops is reported with its value as Go's
// runtime prints it: an error's Error, a Stringer's String, main.Code(5)
// for a named basic type (see lift.PanicText). The interpreter panics
// with a value of its own making, without the script's names and
// methods, so a file that panics with a value that may hold a type the
// script declares hands the report its function that finds those types
// in an interface, as printing an interface does:
//
//	var _slPanics1 = lift.ShowPanics(_slAny2)

// panicShows registers, for the file s prints in, the function that
// shows a value of interface type, where the file calls panic with a
// value whose type is not one of Go's basic types and the script has
// types that function asks for.
func (s *shower) panicShows() {
	found := false
	ast.Inspect(s.f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if found || !ok {
			return !found
		}
		if builtinName(s.p.Info, call) != "panic" || len(call.Args) != 1 {
			return true
		}
		if _, basic := s.p.Info.TypeOf(call.Args[0]).(*types.Basic); !basic {
			found = true
		}
		return !found
	})
	if !found {
		return
	}
	any := types.Universe.Lookup("any").Type().Underlying().(*types.Interface)
	fn := s.anyFunc(any, nil)
	if fn == "" {
		return
	}
	s.e.Declare("var " + s.e.Name("slPanics") + " = " + s.e.Import(lift.Package) + ".ShowPanics(" + fn + ")")
}

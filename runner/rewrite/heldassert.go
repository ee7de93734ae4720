package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/lift"
)

// A value of an error type of the script, or a pointer to one, stored as
// an error and then as an empty interface (or a Stringer's, stored as
// fmt.Stringer, and asserted from either) (var a any = err, an []any or a
// chan any of errors), stays in the wrapper that the error was kept in,
// which the interpreter's assertion to the type never finds:
// a.(*ParseError) and a.(ValErr) failed, where Go finds the value. This
// pass asserts what lift.Held takes out of the wrappers instead (the
// value that the type's lift.SelfMethod returns, or the pointer), with
// the operand opened inside whatever else wraps it:
//
//	pe, ok := a.(*ParseError)   =>   pe, ok := interface{}(_sl1.Held(a)).(*ParseError)
//
// What Held returns is made an interface of the script's own before it is
// asserted: the interpreter's assertion of a value of compiled code's
// interface{} reads the first field of a struct it holds, to take a value
// of its own out of a wrapper, and panicked on a struct of none (a
// script's bailout{} or struct{}{}: reflect: Field index out of bounds).
//
// and pass typeswitch tests such a case of a type switch so (heldCase).

func heldAsserts(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		a, ok := n.(*ast.TypeAssertExpr)
		if !ok || a.Type == nil || !heldCase(p, p.Info.TypeOf(a.X), p.Info.TypeOf(a.Type)) {
			return true
		}
		e.InsertLast(a.X.Pos(), heldOpen(e))
		e.InsertFirst(a.X.End(), "))")
		return true
	})
}

// heldCase reports whether asserting a value of type x to type t asks
// lift.Held: x is an empty interface and t a type of the script's top
// level with a method lift.SelfMethod (an error type or a Stringer; see
// SelfTyped) or a pointer to one; or x is fmt.Stringer, whose wrapper
// gostd picks for such a value of a type that is not generic, holding
// one of a struct's fields where the method gives the struct back; or x
// is error and t such a struct type of fields (not a pointer), whose
// wrapper, holding one of its fields too, gives it back by the method.
func heldCase(p *Package, x, t types.Type) bool { return heldType(p.Script, p.Types, x, t) }

// heldType is heldCase of the script's packages and of pkg, the package
// of the assertion.
func heldType(script []*types.Package, pkg *types.Package, x, t types.Type) bool {
	if x == nil || t == nil || isTypeParam(x) {
		return false
	}
	name, ok := SelfTyped(script, pkg, t)
	if IsFmtStringer(x) {
		return ok && name != ""
	}
	if isErrorInterface(x) {
		st, isStruct := t.Underlying().(*types.Struct)
		return ok && name != "" && isStruct && st.NumFields() > 0
	}
	return ok && isEmptyInterface(x)
}

// IsFmtStringer reports whether t is fmt.Stringer.
func IsFmtStringer(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "fmt" && n.Obj().Name() == "Stringer"
}

// heldOpen is what opens the operand of an assertion that asks lift.Held:
// its result as an interface of the script's own (see above).
func heldOpen(e *Editor) string { return "interface{}(" + e.Import(lift.Package) + ".Held(" }

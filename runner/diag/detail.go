package diag

import "go/ast"

// Detailed reports whether a marked function saves enough of the index
// or slice expression e (its operand and index or bounds) for a panic of
// e to carry Go's runtime error with its detail ("index out of range [5]
// with length 1"); inLoop says whether e is inside a loop of its function.
// Where it does not, the interpreter's own reflect message stands.
func Detailed(e ast.Expr, inLoop bool) bool {
	m := &marker{}
	switch e := e.(type) {
	case *ast.IndexExpr:
		return m.pure(e.X) && m.pure(e.Index)
	case *ast.SliceExpr:
		return !inLoop && m.pure(e.X) && m.pureOrNil(e.Low) && m.pureOrNil(e.High) && m.pureOrNil(e.Max)
	}
	return false
}

package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"

	"github.com/socklab/socklab/runner/diag"
	"github.com/socklab/socklab/runner/lift"
)

// The interpreter converts a slice to an array or a pointer to an array
// through reflect, which panics on a slice too short with a string of its
// own ("reflect: cannot convert slice with length 2 to array with
// length 4") where Go raises a runtime error ("runtime error: cannot
// convert slice with length 2 to array or pointer to array with length
// 4"). This pass checks the length first, in compiled code that panics
// with Go's error (lift.ArrayLen), and converts the same slice:
//
//	h := [4]byte(b)       =>   h := [4]byte(b[_slCheck.ArrayLen(len(b), 4):])
//	p := (*[4]byte)(b)    =>   p := (*[4]byte)(b[_slCheck.ArrayLen(len(b), 4):])
//
// b[0:] is b: the same elements, length and capacity, nil where b is.
// The pass runs in a package that calls recover, where the panic's value
// can be seen; elsewhere the report of a panic nothing stopped gives Go's
// text (runner/diag); and in the functions whose panics fmt recovers and
// prints (a String method: %!v(PANIC=String method: runtime error: ...),
// see libraryRecovered). The operand is read twice, so the pass checks only
// a variable or a field of one; another (a call's result) is refused.

func sliceConversions(p *Package, f *ast.File, e *Editor) {
	if callsRecover(p.Info, p.Files) {
		convertChecked(p, e, f)
		return
	}
	for _, body := range inOrder(libraryRecovered(p.Info, p.Files)) {
		if body.Pos() >= f.Pos() && body.End() <= f.End() {
			convertChecked(p, e, body)
		}
	}
}

// convertChecked checks the length of each conversion of a slice to an
// array, or to a pointer to one, in n.
func convertChecked(p *Package, e *Editor, n ast.Node) {
	ast.Inspect(n, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || !p.Info.Types[call.Fun].IsType() {
			return true
		}
		length, ok := arrayLen(p.Info.TypeOf(call.Fun))
		if !ok {
			return true
		}
		x := call.Args[0]
		if _, ok := underlyingAs[*types.Slice](p.Info.TypeOf(x)); !ok {
			return true
		}
		if !rereadable(p.Info, x) {
			e.Refuse(x.Pos(), "the interpreter panics with reflect's message, not Go's runtime error, where the slice it converts to %s is too short, and socklab checks the length only of a variable: assign the slice to a variable first (b := %s) and convert b", types.ExprString(call.Fun), types.ExprString(x))
			return true
		}
		alias := e.ImportAs(lift.Package, diag.CheckAlias)
		text := types.ExprString(x)
		e.Insert(x.End(), "["+alias+".ArrayLen(len("+text+"), "+strconv.FormatInt(length, 10)+"):]"+e.lineAt(x.End()))
		return true
	})
}

// arrayLen returns the length of t, an array type or a pointer to one.
func arrayLen(t types.Type) (int64, bool) {
	if ptr, ok := underlyingAs[*types.Pointer](t); ok {
		t = ptr.Elem()
	}
	arr, ok := underlyingAs[*types.Array](t)
	if !ok {
		return 0, false
	}
	return arr.Len(), true
}

// rereadable reports whether x is a variable, or a field of one, which
// reads the same value again with no effect.
func rereadable(info *types.Info, x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		_, ok := info.Uses[x].(*types.Var)
		return ok
	case *ast.SelectorExpr:
		if sel := info.Selections[x]; sel != nil {
			return sel.Kind() == types.FieldVal && !sel.Indirect() && rereadable(info, x.X)
		}
		_, ok := info.Uses[x.Sel].(*types.Var)
		return ok // a package's variable
	}
	return false
}

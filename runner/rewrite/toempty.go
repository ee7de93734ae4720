package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"

	"github.com/socklab/socklab/runner/lift"
)

// The interpreter's type assertion to the empty interface never succeeds:
// v.(any) panicked with "interface conversion: nil is not any" whatever v
// held, and a, ok := v.(any) gave nil and false, where Go gives v's value
// and fails only for a nil v. This pass hands such an assertion (to any,
// interface{}, or an empty interface the script names) to lift, which
// asserts in compiled code, keeping the columns:
//
//	a := v.(any)        =>   a := _sl1.AssertAny(/*line :9:7*/v)/*line :9:14*/
//	a, ok := v.(any)    =>   a, ok := _sl1.AssertAnyOK(/*line :9:11*/v)/*line :9:18*/
//	e := v.(Event)      =>   e := Event(_sl1.AssertEmpty(/*line :9:7*/v, "main.Event"))/*line :9:16*/
//
// A named type's comma-ok form goes through a function literal that gives
// its result the type. A type switch's case any is pass typeswitch's.

func toEmpty(p *Package, f *ast.File, e *Editor) {
	commaOK := commaOKAssertions(f)
	ast.Inspect(f, func(n ast.Node) bool {
		a, ok := n.(*ast.TypeAssertExpr)
		if !ok {
			return true
		}
		name, ok := EmptyAssertion(p.Info, a)
		if !ok {
			return true
		}
		l := e.Import(lift.Package)
		typ := e.Text(a.Type.Pos(), a.Type.End())
		open, close := l+".AssertAny(", ")"
		switch {
		case commaOK[a] && name == "":
			open = l + ".AssertAnyOK("
		case commaOK[a]:
			open = "func(_v any, _ok bool) (" + typ + ", bool) { return _v, _ok }(" + l + ".AssertAnyOK("
			close = "))"
		case name != "":
			open = typ + "(" + l + ".AssertEmpty("
			close = ", " + strconv.Quote(name) + "))"
		}
		e.InsertLast(a.X.Pos(), open+lineDirective(p, a.X.Pos()))
		e.Replace(a.X.End(), a.End(), close+lineDirective(p, a.End()))
		return true
	})
}

// EmptyAssertion reports whether a asserts its operand to an empty
// interface, which pass toempty hands to lift, and returns the name of
// that interface as Go's runtime spells it in a panic's message
// (main.Event), or "" for any and interface{} themselves, whose panic is
// Go's own. A generic empty interface is left to the interpreter.
func EmptyAssertion(info *types.Info, a *ast.TypeAssertExpr) (string, bool) {
	if a.Type == nil {
		return "", false
	}
	t := info.TypeOf(a.Type)
	if t == nil || !emptyInterface(t) {
		return "", false
	}
	switch t := types.Unalias(t).(type) {
	case *types.TypeParam:
		return "", false // x.(T) asserts T's type argument
	case *types.Named:
		if t.TypeArgs().Len() > 0 || t.Obj().Pkg() == nil {
			return "", false
		}
		return t.Obj().Pkg().Name() + "." + t.Obj().Name(), true
	}
	return "", true
}

// commaOKAssertions returns the expressions of f whose comma-ok form is
// used: the one value of an assignment or declaration of two.
func commaOKAssertions(f *ast.File) map[ast.Expr]bool {
	commaOK := map[ast.Expr]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == 2 && len(n.Rhs) == 1 {
				commaOK[ast.Unparen(n.Rhs[0])] = true
			}
		case *ast.ValueSpec:
			if len(n.Names) == 2 && len(n.Values) == 1 {
				commaOK[ast.Unparen(n.Values[0])] = true
			}
		}
		return true
	})
	return commaOK
}

package rewrite

import (
	"go/ast"
	"go/types"
)

// A comma-ok type assertion to an interface of Go's library, v, ok :=
// x.(error), gives ok false when x is nil. The interpreter panics there
// instead ("reflect: call of reflect.Value.Type on zero Value"); interfaces
// the script declares, and literal ones, it answers right. This pass hands
// such an assertion to a function appended to the file, whose parameter
// has x's static type, which answers nil itself and asserts anything else
// as before:
//
//	v, ok := x.(error)   =>   v, ok := _as1(x)
//	func _as1(x any) (error, bool) { if x == nil { return nil, false }; v, ok := x.(error); return v, ok }
//
// From an empty interface in a package whose types implement the
// interface, the function asks for those types first (heldAsFunc); so
// does one that the pass writes for an assertion from an empty interface
// to an interface the script declares (s, ok := v.(Shape)), which the
// interpreter answered false for every value of the script's held there.

func nilAssert(p *Package, f *ast.File, e *Editor) {
	helpers := map[string]string{} // by the names in f of the types from and to
	var lifted map[ast.Node]AssertionLift
	commaOK := func(x ast.Expr) {
		ta, ok := ast.Unparen(x).(*ast.TypeAssertExpr)
		if !ok || ta.Type == nil {
			return
		}
		if !libraryInterface(p, p.Info.TypeOf(ta.Type)) {
			if lifted == nil {
				lifted = AssertionLifts(p.Fset, p.Info, p.Script, p.Types, []*ast.File{f})
			}
			if _, ok := lifted[ta]; ok {
				return // pass ifassert's
			}
			if fn := heldAsFunc(p, f, e, p.Info.TypeOf(ta.X), p.Info.TypeOf(ta.Type)); fn != "" {
				e.Insert(ta.X.Pos(), fn+"(")
				e.Replace(ta.X.End(), ta.End(), ")")
			}
			return
		}
		to, ok := typeName(p, f, p.Info.TypeOf(ta.Type), true)
		from, ok2 := typeName(p, f, p.Info.TypeOf(ta.X), true)
		if !ok || !ok2 {
			return // the interpreter's own answer stays; the file cannot name the types
		}
		if fn := heldAsFunc(p, f, e, p.Info.TypeOf(ta.X), p.Info.TypeOf(ta.Type)); fn != "" {
			e.Insert(ta.X.Pos(), fn+"(")
			e.Replace(ta.X.End(), ta.End(), ")")
			return
		}
		fn, ok := helpers[from+" "+to]
		if !ok {
			fn = e.Name("as")
			helpers[from+" "+to] = fn
			e.Append("func " + fn + "(x " + from + ") (" + to + ", bool) { if x == nil { return nil, false }; v, ok := x.(" + to + "); return v, ok }")
		}
		e.Insert(ta.X.Pos(), fn+"(")
		e.Replace(ta.X.End(), ta.End(), ")")
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == 2 && len(n.Rhs) == 1 {
				commaOK(n.Rhs[0])
			}
		case *ast.ValueSpec:
			if len(n.Names) == 2 && len(n.Values) == 1 {
				commaOK(n.Values[0])
			}
		}
		return true
	})
}

// libraryInterface reports whether t is a named interface type that this
// package does not declare: error, or one of another package. (One of a
// lesson's own packages needs no help, but the helper answers as Go does
// for it too.)
func libraryInterface(p *Package, t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && types.IsInterface(n) && n.Obj().Pkg() != p.Types
}

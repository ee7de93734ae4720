package rewrite

import (
	"go/ast"
	"go/types"
)

// GoAssertions returns the assertions of one value in f, x.(T) of an
// interface x and a type T that is not one, that pass printedassert makes
// panic with Go's message where they fail, wherever a recover or Go's
// library can see the panic (see PlanBounds): the interpreter's own
// message names its types and the assertion's position. Left out, and
// refused by runner/refuse where a recover sees them, are those in a
// generic function or a method of a generic type (copied for each
// instance), of a type parameter, of a type declared inside a function,
// of an interface whose dynamic types the message could not name as Go
// does (see HeldNames: a type the interpreter makes one with its runtime
// form, type Config map[string]any),
// of a package the file does not import, and those that pass heldassert
// answers (see heldCase, of pkg's own types: runner/refuse asks this
// without the script's other packages).
func GoAssertions(files []*ast.File, info *types.Info, pkg *types.Package, f *ast.File) map[*ast.TypeAssertExpr]bool {
	imported := map[string]bool{}
	for _, imp := range f.Imports {
		var obj types.Object
		if imp.Name != nil {
			obj = info.Defs[imp.Name]
		} else {
			obj = info.Implicits[imp]
		}
		if pn, ok := obj.(*types.PkgName); ok && pn.Name() != "_" && pn.Name() != "." {
			imported[pn.Imported().Path()] = true
		}
	}
	spellable := func(t types.Type) bool {
		ok := true
		types.TypeString(t, func(q *types.Package) string {
			if q != pkg && !imported[q.Path()] {
				ok = false
			}
			return q.Name()
		})
		return ok && !Involves(t, func(t types.Type) bool {
			if isTypeParam(t) {
				return true
			}
			n, isNamed := t.(*types.Named)
			return isNamed && n.Obj().Pkg() == pkg && n.Obj().Parent() != pkg.Scope()
		})
	}
	var held *HeldNames
	commaOK := commaOKAssertions(f)
	out := map[*ast.TypeAssertExpr]bool{}
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeSwitchStmt:
			// The guard is no assertion of one value; the cases' bodies
			// hold assertions of their own.
			ast.Inspect(n.Body, visit)
			if n.Init != nil {
				ast.Inspect(n.Init, visit)
			}
			return false
		case *ast.TypeAssertExpr:
			if n.Type == nil || commaOK[n] {
				return true
			}
			from, to := info.TypeOf(n.X), info.TypeOf(n.Type)
			if from == nil || to == nil || types.IsInterface(to) || !types.IsInterface(from) || isTypeParam(from) {
				return true
			}
			if !spellable(from) || !spellable(to) || heldType(nil, pkg, from, to) {
				return true
			}
			if held == nil {
				held = NewHeldNames(files, pkg, info)
			}
			if !held.Named(from) {
				return true
			}
			out[n] = true
		}
		return true
	}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil || fd.Type.TypeParams != nil || fd.Recv != nil && genericReceiver(fd.Recv) {
			continue
		}
		ast.Inspect(fd.Body, visit)
	}
	return out
}

package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
)

// CopiedInstances reports whether the passes write every instance of tn,
// a generic type that files declare, out as a plain type of its own (see
// genericCopies) and hand it, and a pointer to it, to lift.Show where an
// interface holds it: the printing passes then hand what the copies of
// its methods print of the instance's fields of interface type (a
// Box[any]'s field) to the file's function that asks them for the
// script's types, as they do a value of the type written out, so fmt
// prints such a value as Go does.
func CopiedInstances(fset *token.FileSet, files []*ast.File, pkg *types.Package, info *types.Info, tn *types.TypeName) bool {
	g := findGenericCopies(&Package{Fset: fset, Files: files, Types: pkg, Info: info})
	if len(g.refused) > 0 || !g.held[tn] {
		return false
	}
	cases := scriptCases([]Checked{{Files: files, Types: pkg, Info: info}}, g)
	shown := func(t types.Type) bool {
		return slices.ContainsFunc(cases, func(c AnyCase) bool { return types.Identical(c.Type, t) })
	}
	for _, n := range instances(info, tn.Type().(*types.Named)) {
		if g.of(n) == nil || !shown(n) || !shown(types.NewPointer(n)) {
			return false
		}
	}
	return true
}

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
	if !allCopied(g, info, tn) {
		return false
	}
	cases := scriptCases([]Checked{{Files: files, Types: pkg, Info: info}}, g)
	shown := func(t types.Type) bool {
		return slices.ContainsFunc(cases, func(c AnyCase) bool { return types.Identical(c.Type, t) })
	}
	for _, n := range instances(info, tn.Type().(*types.Named)) {
		if !argsHoldParam(n) && (!shown(n) || !shown(types.NewPointer(n))) {
			return false
		}
	}
	return true
}

// WrittenOut returns the generic types that files declare whose every
// instance the passes write out as a plain type of its own (see
// genericCopies), which the interpreter does not instantiate.
func WrittenOut(fset *token.FileSet, files []*ast.File, pkg *types.Package, info *types.Info) map[*types.TypeName]bool {
	g := findGenericCopies(&Package{Fset: fset, Files: files, Types: pkg, Info: info})
	out := map[*types.TypeName]bool{}
	for tn := range g.held {
		if allCopied(g, info, tn) {
			out[tn] = true
		}
	}
	return out
}

// allCopied reports whether g writes out every instance of tn that info
// names.
func allCopied(g *genericCopies, info *types.Info, tn *types.TypeName) bool {
	if len(g.refused) > 0 || !g.held[tn] {
		return false
	}
	for _, n := range instances(info, tn.Type().(*types.Named)) {
		if g.of(n) == nil && !argsHoldParam(n) {
			return false
		}
	}
	return true
}

// argsHoldParam reports whether a type argument of n holds a type
// parameter (the E[T] of E's own methods, whose fields need not name T).
func argsHoldParam(n *types.Named) bool {
	for i := range n.TypeArgs().Len() {
		if hasTypeParam(n.TypeArgs().At(i)) {
			return true
		}
	}
	return false
}

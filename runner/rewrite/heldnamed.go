package rewrite

import (
	"cmp"
	"go/ast"
	"go/types"
	"slices"
)

// HeldNames says which interfaces the printing pass names the dynamic
// types of as Go does (%T, and lift.AssertionFailed's message): where
// every type the package declares that a value of the interface may hold
// (or a pointer to it) is one the pass asks the interface for (a type of
// ShownThroughAny) or of lift's pool, compiled.
type HeldNames struct {
	// Cases holds ShownThroughAny's types, by their spelling.
	Cases map[string]bool
	// Declared are the types the package declares (DeclaredTypeNames).
	Declared []*types.TypeName
}

// NewHeldNames returns the HeldNames of a package's files.
func NewHeldNames(files []*ast.File, pkg *types.Package, info *types.Info) *HeldNames {
	h := &HeldNames{Cases: map[string]bool{}, Declared: DeclaredTypeNames(pkg, info)}
	for _, c := range ShownThroughAny(files, pkg, info) {
		h.Cases[types.TypeString(c.Type, nil)] = true
	}
	return h
}

// Named reports whether the dynamic types of a value of the interface
// type t are named as Go names them; false for a type parameter, or in a
// package that declares a generic type, whose instances are not asked
// for.
func (h *HeldNames) Named(t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	if !ok {
		return false
	}
	if _, param := types.Unalias(t).(*types.TypeParam); param {
		return false
	}
	for _, tn := range h.Declared {
		if tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
			return false
		}
		for _, c := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if types.Implements(c, it) && !Pooled(tn) && !h.Cases[types.TypeString(c, nil)] {
				return false
			}
		}
	}
	return true
}

// DeclaredTypeNames returns the types pkg declares: at its top level, in
// the order of their names, then inside functions, in the order of their
// declarations.
func DeclaredTypeNames(pkg *types.Package, info *types.Info) []*types.TypeName {
	var out []*types.TypeName
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok {
			out = append(out, tn)
		}
	}
	var local []*types.TypeName
	for _, obj := range info.Defs {
		if tn, ok := obj.(*types.TypeName); ok && tn.Pkg() == pkg && tn.Parent() != scope && tn.Parent() != nil {
			if _, param := tn.Type().(*types.TypeParam); !param {
				local = append(local, tn)
			}
		}
	}
	slices.SortFunc(local, func(a, b *types.TypeName) int { return cmp.Compare(a.Pos(), b.Pos()) })
	return append(out, local...)
}

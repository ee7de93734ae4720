package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/socklab/socklab/runner/lift"
)

// Go hashes the key of an assignment to a map when it assigns, and panics
// where the key's dynamic type cannot be hashed with runtime error: hash
// of unhashable type []int, in an empty map too; the interpreter looks the
// key up first in an assignment of a constant, an op= or an ++, and
// panicked with the lookup's error in an empty map (hash of unhashable
// type: []int), which a lookup and a delete raise in Go. This pass hands
// the key of such an assignment to a map keyed by an empty interface to
// lift.AssignKey, which raises Go's error first, where the assignment's
// values can neither call, receive nor panic (so nothing Go evaluates
// before it hashes is left out), and the key may hold a value that cannot
// be hashed (an interface, or a type that is not comparable):
//
//	m[k] = 1   =>   m[_sl1.AssignKey(k)] = 1
//	m[k]++     =>   m[_sl1.AssignKey(k)]++

func assignKeys(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		var lhs, rhs []ast.Expr
		switch s := n.(type) {
		case *ast.AssignStmt:
			if s.Tok == token.DEFINE {
				return true
			}
			lhs, rhs = s.Lhs, s.Rhs
		case *ast.IncDecStmt:
			lhs = []ast.Expr{s.X}
		default:
			return true
		}
		for _, r := range rhs {
			if callsOrReceives(p, r) || canPanic(p, r) || hashesInterface(p, r) {
				return true
			}
		}
		for _, l := range lhs {
			if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok && hashMayPanic(p, ix) {
				e.Insert(ix.Index.Pos(), e.Import(lift.Package)+".AssignKey(")
				e.InsertFirst(ix.Index.End(), ")")
			}
		}
		return true
	})
}

// hashesInterface reports whether x looks a key up in a map keyed by an
// interface, which may panic before the assignment's key is hashed.
func hashesInterface(p *Package, x ast.Expr) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		if ix, ok := n.(*ast.IndexExpr); ok {
			if mt, ok := typeUnder(p, ix.X).(*types.Map); ok && types.IsInterface(mt.Key()) {
				found = true
			}
		}
		return !found
	})
	return found
}

// hashMayPanic reports whether ix indexes a map keyed by an empty
// interface with a key whose dynamic type may not be hashable.
func hashMayPanic(p *Package, ix *ast.IndexExpr) bool {
	mt, ok := typeUnder(p, ix.X).(*types.Map)
	if !ok || !isEmptyInterface(mt.Key()) || isTypeParam(mt.Key()) {
		return false
	}
	kt := p.Info.TypeOf(ix.Index)
	if kt == nil || isNilLit(p, ix.Index) || isTypeParam(kt) {
		return false
	}
	return types.IsInterface(kt) || !strictlyComparable(kt)
}

// strictlyComparable reports whether a value of t can always be hashed:
// comparable, with no interface inside.
func strictlyComparable(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return false
	case *types.Struct:
		for i := range u.NumFields() {
			if !strictlyComparable(u.Field(i).Type()) {
				return false
			}
		}
		return true
	case *types.Array:
		return strictlyComparable(u.Elem())
	}
	return types.Comparable(t)
}

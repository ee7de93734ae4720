package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/socklab/socklab/runner/lift"
)

// Pass assignkey raises Go's error of an assignment's key that cannot be
// hashed where the assignment's value neither calls nor may panic, to a
// map keyed by an empty interface. This pass does the rest that an
// empty map showed (the interpreter's lookup first raised hash of
// unhashable type: []int, where Go writes runtime error: hash of
// unhashable type []int):
//
// An op= whose value calls, receives or may panic: Go evaluates the value
// first and hashes the key when it assigns, so the key is checked in a
// function literal that the value goes through, after it is evaluated,
// where the key is an expression that neither calls, receives nor may
// panic (read twice, it gives the same) and the value's type can be
// written in the file (the others are refused):
//
//	m[k] += f()   =>   m[k] += func(v int) int { _sl1.AssignKey(k); return v }(f())
//
// An assignment (=, op= or ++) to a map keyed by a struct or an array
// that holds an interface, whose value neither calls nor may panic: the
// key goes through lift.AssignKey as pass assignkey's does, asserted back
// to the key's type, where that can be written in the file (elsewhere it
// is refused):
//
//	m[K{v}] = 1   =>   m[_sl1.AssignKey(K{v}).(K)] = 1

func assignKeyValues(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		var lhs, rhs []ast.Expr
		op := false
		switch s := n.(type) {
		case *ast.AssignStmt:
			if s.Tok == token.DEFINE {
				return true
			}
			lhs, rhs = s.Lhs, s.Rhs
			op = s.Tok != token.ASSIGN
		case *ast.IncDecStmt:
			lhs = []ast.Expr{s.X}
		default:
			return true
		}
		evaluated := false // a value calls, receives or may panic
		for _, r := range rhs {
			if callsOrReceives(p, r) || canPanic(p, r) || hashesInterface(p, r) {
				evaluated = true
			}
		}
		if evaluated {
			if op && len(lhs) == 1 && len(rhs) == 1 {
				afterValue(p, f, e, lhs[0], rhs[0])
			}
			return true
		}
		for _, l := range lhs {
			ix, ok := ast.Unparen(l).(*ast.IndexExpr)
			if !ok || !compositeKeyMayPanic(p, ix) {
				continue
			}
			kt, ok := orderOf{}.typeText(p, f, p.Info.TypeOf(ix.Index))
			if !ok {
				refuseKey(e, ix, "its type has no spelling in this file", "declare the key's type at the top level of the file")
				continue
			}
			e.Insert(ix.Index.Pos(), e.Import(lift.Package)+".AssignKey(")
			e.InsertFirst(ix.Index.End(), ").("+kt+")")
		}
		return true
	})
}

// afterValue checks the key of l, the map element an op= assigns, after
// its value r is evaluated, where l's key may not be hashable.
func afterValue(p *Package, f *ast.File, e *Editor, l, r ast.Expr) {
	ix, ok := ast.Unparen(l).(*ast.IndexExpr)
	if !ok || !hashMayPanic(p, ix) && !compositeKeyMayPanic(p, ix) {
		return
	}
	if callsOrReceives(p, ix.Index) || canPanic(p, ix.Index) {
		refuseKey(e, ix, "socklab checks it after the value only where it neither calls nor may panic", "assign the key to a variable first (k := "+types.ExprString(ix.Index)+") and index the map with it")
		return
	}
	vt, ok := orderOf{}.typeText(p, f, p.Info.TypeOf(r))
	if !ok {
		refuseKey(e, ix, "socklab checks it after the value only where the value's type has a spelling in this file", "assign the value to a variable of a type of this file first")
		return
	}
	e.Insert(r.Pos(), "func(_slv "+vt+") "+vt+" { "+e.Import(lift.Package)+".AssignKey("+e.Text(ix.Index.Pos(), ix.Index.End())+"); return _slv }(")
	e.InsertFirst(r.End(), ")")
}

// refuseKey refuses the assignment to ix whose key socklab cannot check
// as Go hashes it, saying why and what to write instead.
func refuseKey(e *Editor, ix *ast.IndexExpr, why, instead string) {
	e.Refuse(ix.Index.Pos(), "the interpreter looks the key of this assignment up before it assigns, so where it cannot be hashed (a slice held in an interface) it panics with a lookup's error, hash of unhashable type: []int, where Go raises runtime error: hash of unhashable type []int, and %s: %s", why, instead)
}

// compositeKeyMayPanic reports whether ix indexes a map keyed by a struct
// or an array that holds an interface, whose value may not be hashable.
func compositeKeyMayPanic(p *Package, ix *ast.IndexExpr) bool {
	mt, ok := typeUnder(p, ix.X).(*types.Map)
	if !ok || isTypeParam(mt.Key()) {
		return false
	}
	switch mt.Key().Underlying().(type) {
	case *types.Struct, *types.Array:
		return !strictlyComparable(mt.Key())
	}
	return false
}

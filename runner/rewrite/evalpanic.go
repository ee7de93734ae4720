package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
)

// Go evaluates the whole right side of an assignment before it finds the
// element, the field through a pointer or the pointed-to variable that
// it assigns to, even where the right side calls nothing: gc's out[i] =
// in[j], both out of range, panics with in's index and length, and m[k]
// = *p with a nil map and a nil p with the nil dereference. The
// interpreter finds an element of a slice or an array, and a field
// through a pointer, before it evaluates the right side (it reads a map's
// and a pointed-to variable's operands first too, and stores last), so
// it panicked with out's index and length. An assignment with an
// operator (a[i] += b[j]) reads its left side first, in Go as in the
// interpreter, but for a pointed-to variable, which the interpreter reads
// after the right side. These answer which assignments evalorder lifts
// for that, and leave free those whose right side cannot panic: a
// constant index of an array, and an index that the loop around it keeps
// in range (for i := range s { out[i] = s[i] }).

// panicsFirst reports whether the interpreter, finding the target of l,
// the left side of an assignment of =, can panic before it evaluates the
// right side.
func (o orderOf) panicsFirst(l ast.Expr) bool {
	switch x := ast.Unparen(l).(type) {
	case *ast.Ident:
		return false
	case *ast.SelectorExpr:
		sel := o.info.Selections[x]
		if sel == nil {
			return false // a package's variable
		}
		return sel.Indirect() || o.panicsFirst(x.X)
	case *ast.IndexExpr:
		switch o.under(x.X).(type) {
		case *types.Map:
			// its operands first, the store after the right side
			return o.canPanic(x.X) || o.canPanic(x.Index)
		case *types.Array:
			if o.info.Types[x.Index].Value != nil || o.inRange[x] {
				return o.panicsFirst(x.X) || o.canPanic(x.Index)
			}
		case *types.Slice:
			if o.inRange[x] {
				return o.canPanic(x.X) || o.canPanic(x.Index)
			}
		}
		return true
	case *ast.StarExpr:
		return o.canPanic(x.X) // the pointed-to variable, after the right side
	}
	return true
}

// canPanic reports whether evaluating e can panic: an index or a slice
// out of range, a nil pointer's dereference, an integer division by
// zero, a shift by a negative count, a failed assertion or conversion, a
// call or a receive.
func (o orderOf) canPanic(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		if x, ok := n.(ast.Expr); ok {
			if tv, ok := o.info.Types[x]; ok && (tv.Value != nil || tv.IsType()) {
				return false // a constant or a type: nothing runs
			}
		}
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IndexExpr:
			switch u := o.under(x.X).(type) {
			case *types.Map:
				found = types.IsInterface(u.Key()) // a key of a type that cannot be hashed
			case *types.Array:
				found = o.info.Types[x.Index].Value == nil && !o.inRange[x]
			case *types.Slice, *types.Basic:
				found = !o.inRange[x]
			case *types.Signature:
				// a generic function's instance
			default:
				found = true
			}
		case *ast.SliceExpr, *ast.StarExpr, *ast.TypeAssertExpr:
			found = true
		case *ast.SelectorExpr:
			sel := o.info.Selections[x]
			found = sel != nil && sel.Indirect()
		case *ast.BinaryExpr:
			switch x.Op {
			case token.QUO, token.REM:
				t, ok := o.under(x).(*types.Basic)
				found = o.info.Types[x.Y].Value == nil && (!ok || t.Info()&types.IsInteger != 0)
			case token.SHL, token.SHR:
				t, ok := o.under(x.Y).(*types.Basic)
				found = o.info.Types[x.Y].Value == nil && (!ok || t.Info()&types.IsUnsigned == 0)
			}
		case *ast.CallExpr:
			found = !(&planner{info: o.info}).conversionOrLen(x) && !o.quietCall(x)
		case *ast.UnaryExpr:
			found = x.Op == token.ARROW
		}
		return !found
	})
	return found
}

// bothPanic reports whether s, an assignment of one value with =, has a
// left side that the interpreter finds first and can panic finding, and
// a right side that can panic without calling, receiving or asserting
// (pass evalorder lifts those everywhere): Go raises the right side's
// panic, the interpreter the left side's. A pointed-to variable stored
// in a map's element counts too: the interpreter's m[k] = *p of a nil p
// stored nothing where Go panics.
func (o orderOf) bothPanic(s *ast.AssignStmt) bool {
	if s.Tok != token.ASSIGN || len(s.Lhs) != 1 || len(s.Rhs) != 1 || isBlank(s.Lhs[0]) {
		return false
	}
	if o.acts(s.Rhs[0], false) {
		return false
	}
	if ix, ok := ast.Unparen(s.Lhs[0]).(*ast.IndexExpr); ok {
		if _, isMap := o.under(ix.X).(*types.Map); isMap {
			if star, ok := ast.Unparen(s.Rhs[0]).(*ast.StarExpr); ok && !o.info.Types[star].IsType() {
				return true
			}
		}
	}
	return o.canPanic(s.Rhs[0]) && o.panicsFirst(s.Lhs[0])
}

// readsFirst reports whether s, an assignment with an operator to a
// pointed-to variable (*p += b[j]), has a right side that can panic
// without calling, receiving or asserting: Go reads *p first, and panics
// with a nil p, where the interpreter evaluated the right side first.
func (o orderOf) readsFirst(s *ast.AssignStmt) bool {
	if s.Tok == token.ASSIGN || s.Tok == token.DEFINE || len(s.Lhs) != 1 || len(s.Rhs) != 1 {
		return false
	}
	if _, ok := ast.Unparen(s.Lhs[0]).(*ast.StarExpr); !ok {
		return false
	}
	return !o.acts(s.Rhs[0], false) && o.canPanic(s.Rhs[0])
}

// preOperands adds to ops, the operands of l, the left side of an
// assignment of one value that calls nothing, the parts of l that gc
// evaluates before the value and that can panic (see preParts): gc's
// s[k/z] = in[j] divides before it reads in[j], and s[t[k]+1] = in[j]
// reads t[k] first, where the value lifted alone went first. A map's
// element is left as it is: gc evaluates its value first (see keyLate).
func (o orderOf) preOperands(l ast.Expr, ops []ast.Expr) []ast.Expr {
	left, ok := o.leftParts(l)
	if !ok || left.kind == 'm' {
		return ops
	}
	out := slices.Clone(ops)
	for _, op := range left.ops {
		for _, x := range o.preParts(op) {
			inside := func(h ast.Expr) bool { return h.Pos() < x.End() && x.Pos() < h.End() }
			if o.canPanic(x) && !slices.ContainsFunc(out, inside) {
				out = append(out, x)
			}
		}
	}
	slices.SortFunc(out, func(a, b ast.Expr) int { return int(a.Pos() - b.Pos()) })
	return out
}

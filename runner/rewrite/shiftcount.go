package rewrite

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/socklab/socklab/runner/lift"
)

// Go panics with "negative shift amount" where a shift's count, of a
// signed type, is negative; the interpreter shifts as by a large count
// (1 << n is 0) and runs on. This pass routes such a count through a
// compiled check of runner/lift, which panics with Go's runtime error:
//
//	mask := 1 << n   =>   mask := 1 << _sl.ShiftCount(int64(/*line :7:15*/n))/*line :7:16*/
//
// A count that cannot be negative needs none: an unsigned or constant
// one, len and cap, a byte converted, and a local variable that only such
// values and increments set (the counter of a loop from 0, a range's
// index), so that common loops keep their speed.

func shiftCounts(p *Package, f *ast.File, e *Editor) {
	var w *varWrites
	ast.Inspect(f, func(n ast.Node) bool {
		var count ast.Expr
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if n.Op == token.SHL || n.Op == token.SHR {
				count = n.Y
			}
		case *ast.AssignStmt:
			if (n.Tok == token.SHL_ASSIGN || n.Tok == token.SHR_ASSIGN) && len(n.Rhs) == 1 {
				count = n.Rhs[0]
			}
		}
		if count == nil || !signedCount(p, count) {
			return true
		}
		if w == nil {
			w = findWrites(p, f)
		}
		if w.nonNegative(count) {
			return true
		}
		e.Insert(count.Pos(), e.Import(lift.Package)+".ShiftCount(int64("+directive(p, count.Pos()))
		e.InsertFirst(count.End(), "))"+directive(p, count.End()))
		return true
	})
}

// signedCount reports whether count is a shift count of a signed
// integer type that is not constant.
func signedCount(p *Package, count ast.Expr) bool {
	tv, ok := p.Info.Types[count]
	if !ok || tv.Value != nil || tv.Type == nil {
		return false
	}
	b, ok := tv.Type.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0 && b.Info()&types.IsUnsigned == 0
}

// varWrites holds, for each local variable of a file, the expressions
// that set it, for telling whether it can be negative.
type varWrites struct {
	p       *Package
	set     map[types.Object][]ast.Expr // the values assigned, nil for one not known
	unknown map[types.Object]bool       // set by what no value tells: a call's results, &v, a decrement
	seen    map[types.Object]bool       // the variables being decided
}

func findWrites(p *Package, f *ast.File) *varWrites {
	w := &varWrites{p: p, set: map[types.Object][]ast.Expr{}, unknown: map[types.Object]bool{}, seen: map[types.Object]bool{}}
	obj := func(x ast.Expr) types.Object {
		id, ok := ast.Unparen(x).(*ast.Ident)
		if !ok {
			return nil
		}
		if o := p.Info.Defs[id]; o != nil {
			return o
		}
		return p.Info.Uses[id]
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				o := obj(l)
				if o == nil {
					continue
				}
				switch {
				case len(n.Lhs) != len(n.Rhs):
					w.unknown[o] = true
				case n.Tok == token.ASSIGN || n.Tok == token.DEFINE:
					w.set[o] = append(w.set[o], n.Rhs[i])
				case n.Tok == token.ADD_ASSIGN || n.Tok == token.MUL_ASSIGN || n.Tok == token.QUO_ASSIGN ||
					n.Tok == token.REM_ASSIGN || n.Tok == token.OR_ASSIGN || n.Tok == token.SHR_ASSIGN || n.Tok == token.AND_ASSIGN:
					w.set[o] = append(w.set[o], n.Rhs[i])
				default:
					w.unknown[o] = true
				}
			}
		case *ast.IncDecStmt:
			if o := obj(n.X); o != nil && n.Tok == token.DEC {
				w.unknown[o] = true
			}
		case *ast.UnaryExpr:
			if o := obj(n.X); o != nil && n.Op == token.AND {
				w.unknown[o] = true
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				o := p.Info.Defs[name]
				switch {
				case o == nil:
				case len(n.Values) == 0:
				case len(n.Values) != len(n.Names):
					w.unknown[o] = true
				default:
					w.set[o] = append(w.set[o], n.Values[i])
				}
			}
		case *ast.CaseClause:
			if o := p.Info.Implicits[n]; o != nil {
				w.unknown[o] = true // a type switch's variable
			}
		case *ast.RangeStmt:
			if o := obj(n.Key); o != nil && !rangeIndex(p, n) {
				w.unknown[o] = true
			}
			if o := obj(n.Value); o != nil {
				w.unknown[o] = true
			}
		}
		return true
	})
	return w
}

// rangeIndex reports whether the key of range statement r is an index
// (of a slice, an array, a string) or a count (range n), never negative.
func rangeIndex(p *Package, r *ast.RangeStmt) bool {
	t := p.Info.TypeOf(r.X)
	if t == nil {
		return false
	}
	if ptr, ok := t.Underlying().(*types.Pointer); ok {
		t = ptr.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Slice, *types.Array:
		return true
	case *types.Basic:
		return u.Info()&(types.IsString|types.IsInteger) != 0
	}
	return false
}

// nonNegative reports whether x cannot be negative, as far as its
// operands and the values of its local variables tell; an overflow aside.
func (w *varWrites) nonNegative(x ast.Expr) bool {
	p := w.p
	tv, ok := p.Info.Types[x]
	if !ok {
		return false
	}
	if tv.Value != nil {
		return constant.Sign(tv.Value) >= 0
	}
	if b, ok := tv.Type.Underlying().(*types.Basic); ok && b.Info()&types.IsUnsigned != 0 {
		return true
	}
	switch x := x.(type) {
	case *ast.ParenExpr:
		return w.nonNegative(x.X)
	case *ast.BinaryExpr:
		switch x.Op {
		case token.ADD, token.MUL, token.QUO, token.REM, token.OR, token.SHR:
			return w.nonNegative(x.X) && w.nonNegative(x.Y)
		case token.AND:
			return w.nonNegative(x.X) || w.nonNegative(x.Y)
		}
	case *ast.CallExpr:
		if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok {
			if b, ok := p.Info.Uses[id].(*types.Builtin); ok {
				return b.Name() == "len" || b.Name() == "cap"
			}
		}
		if ftv, ok := p.Info.Types[x.Fun]; ok && ftv.IsType() && len(x.Args) == 1 {
			return w.narrowerUnsigned(x.Args[0], ftv.Type) || w.nonNegative(x.Args[0]) && !w.narrower(ftv.Type, x.Args[0])
		}
	case *ast.Ident:
		o, ok := p.Info.Uses[x].(*types.Var)
		if !ok || o.Kind() != types.LocalVar || w.unknown[o] {
			return false // a parameter, a package's variable: set where not seen here
		}
		if w.seen[o] {
			return true // assumed while its values are decided: i = i + 1
		}
		w.seen[o] = true
		defer delete(w.seen, o)
		for _, v := range w.set[o] {
			if !w.nonNegative(v) {
				return false
			}
		}
		return true
	}
	return false
}

// narrowerUnsigned reports whether x is of an unsigned type that signed
// type t holds whole (int(b) of a byte b).
func (w *varWrites) narrowerUnsigned(x ast.Expr, t types.Type) bool {
	from, ok1 := w.p.Info.TypeOf(x).Underlying().(*types.Basic)
	to, ok2 := t.Underlying().(*types.Basic)
	if !ok1 || !ok2 || from.Info()&types.IsUnsigned == 0 || to.Info()&types.IsInteger == 0 {
		return false
	}
	return goSizes.Sizeof(from) < goSizes.Sizeof(to)
}

// narrower reports whether t is an integer type smaller than x's, into
// which a value of x that is not negative may wrap to a negative one.
func (w *varWrites) narrower(t types.Type, x ast.Expr) bool {
	from, ok1 := w.p.Info.TypeOf(x).Underlying().(*types.Basic)
	to, ok2 := t.Underlying().(*types.Basic)
	if !ok1 || !ok2 || to.Info()&types.IsInteger == 0 {
		return true
	}
	return from.Info()&types.IsInteger == 0 || goSizes.Sizeof(to) < goSizes.Sizeof(from)
}

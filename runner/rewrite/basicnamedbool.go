package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/socklab/socklab/runner/lift"
)

// pooledBools writes each comparison that Go gives a pooled type as a
// conversion to the pool's type. A comparison is an untyped bool that Go
// converts to the type its place needs (m[x == 1] = 1 with a map[Flag]int,
// return x > 0 from a func returning Flag, f == (x > 0)), but the
// interpreter types it as bool and then cannot use it as a type of lift's
// pool:
//
//	m[x == 1] = 1   =>   m[_sl1.Bool_1(x == 1)] = 1
//
// With &&, || and ! over comparisons the whole expression is converted.
// Line directives keep the columns of the rest of the line the student's.
// It runs after the other passes' edits, like pooledConstants, so that
// their insertions at the expression's ends stay outside the conversion.
func pooledBools(p *Package, f *ast.File, e *Editor, pool map[*types.TypeName]poolSlot) {
	inside := map[ast.Expr]bool{} // operands converted with the expression they are part of
	selectSends := map[ast.Expr]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if c, ok := n.(*ast.CommClause); ok {
			if s, ok := c.Comm.(*ast.SendStmt); ok {
				selectSends[s.Value] = true
			}
		}
		x, ok := n.(ast.Expr)
		if !ok {
			return true
		}
		if inside[x] {
			untypedOperands(x, inside)
			return true
		}
		tv, ok := p.Info.Types[x]
		if !ok || tv.Value != nil || !untypedBool(p, x) {
			return true
		}
		named, ok := types.Unalias(tv.Type).(*types.Named)
		if !ok {
			return true
		}
		slot, ok := pool[named.Obj()]
		if !ok || slot.name == "" {
			return true // a type the interpreter keeps as the script declares it
		}
		untypedOperands(x, inside)
		if selectSends[x] {
			// The interpreter computes the value a select's case sends without
			// its operands where it is a conversion: it would send false.
			e.Refuse(x.Pos(), "the interpreter cannot send this comparison as a %s in a select's case: assign it to a variable of type %s before the select and send the variable", named.Obj().Name(), named.Obj().Name())
			return true
		}
		if e.replacedAcross(x.Pos(), x.End()) {
			e.Refuse(x.Pos(), "the interpreter types this expression as bool, not %s: write %s(...) around it", named.Obj().Name(), named.Obj().Name())
			return true
		}
		e.Insert(x.Pos(), e.Import(lift.NamedPackage)+"."+slot.name+"("+lineDirective(p, x.Pos()))
		e.InsertFirst(x.End(), ")"+lineDirective(p, x.End()))
		return true
	})
}

// untypedBool reports whether x is an untyped bool before Go converts it:
// a comparison, or &&, || or ! over one, or an untyped constant with them.
func untypedBool(p *Package, x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.ParenExpr:
		return untypedBool(p, x.X)
	case *ast.UnaryExpr:
		return x.Op == token.NOT && untypedBool(p, x.X)
	case *ast.BinaryExpr:
		switch x.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			return true
		case token.LAND, token.LOR:
			return untypedBool(p, x.X) && untypedBool(p, x.Y)
		}
	case *ast.Ident:
		c, ok := p.Info.Uses[x].(*types.Const)
		if !ok {
			return false
		}
		b, ok := c.Type().(*types.Basic)
		return ok && b.Info()&types.IsUntyped != 0
	}
	return false
}

// untypedOperands marks the operands of x that Go converts with it: those
// of &&, ||, ! and parentheses (a comparison's operands have types of
// their own).
func untypedOperands(x ast.Expr, inside map[ast.Expr]bool) {
	switch x := x.(type) {
	case *ast.ParenExpr:
		inside[x.X] = true
	case *ast.UnaryExpr:
		if x.Op == token.NOT {
			inside[x.X] = true
		}
	case *ast.BinaryExpr:
		if x.Op == token.LAND || x.Op == token.LOR {
			inside[x.X] = true
			inside[x.Y] = true
		}
	}
}

// replacedAcross reports whether an edit made so far replaces text that
// reaches across pos or end, so that text inserted there would fall
// inside it.
func (e *Editor) replacedAcross(pos, end token.Pos) bool {
	for _, at := range []int{e.file.Offset(pos), e.file.Offset(end)} {
		for _, ed := range e.edits {
			if ed.start < at && ed.end > at {
				return true
			}
		}
	}
	return false
}

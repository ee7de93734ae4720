package rewrite

import (
	"go/ast"
	"go/token"
	"strings"
)

// A range loop may assign to variables that exist already: for i = range s
// sets i at each iteration, and after the loop i holds the last index. The
// interpreter assigns to variables of the loop's own instead, so the
// script's keep what they held before the loop. This pass declares the
// loop's own variables and assigns them to the script's at the top of the
// body, where Go assigns them, on the same line:
//
//	for i, v = range s {   =>   for _k1, _v2 := range s { i, v = _k1, _v2;
//
// The passes for ranges over integers, functions and channels in slices
// write their own assignments. A left side that may panic (an index, a
// pointer's field) is refused, since moving it would move the panic.

func rangeAssign(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		loop, ok := n.(*ast.RangeStmt)
		if !ok || loop.Tok != token.ASSIGN || rangeOver(p, loop) != "" {
			return true
		}
		var lhs, rhs []string
		var decl []string
		for _, x := range []ast.Expr{loop.Key, loop.Value} {
			if x == nil {
				break
			}
			if isBlank(x) {
				decl = append(decl, "_")
				continue
			}
			if !assignable(p, x) {
				e.Refuse(x.Pos(), "the interpreter loses what a range loop assigns to %s: range with := and assign it in the body", e.Text(x.Pos(), x.End()))
				return true
			}
			name := e.Name("r")
			decl = append(decl, name)
			lhs, rhs = append(lhs, e.Edited(x.Pos(), x.End())), append(rhs, name)
		}
		if len(lhs) == 0 {
			return true
		}
		e.Replace(loop.Key.Pos(), loop.TokPos+token.Pos(len(token.ASSIGN.String())), strings.Join(decl, ", ")+" :=")
		e.Insert(loop.Body.Lbrace+1, " "+strings.Join(lhs, ", ")+" = "+strings.Join(rhs, ", ")+";")
		return true
	})
}

// assignable reports whether an assignment to x cannot panic: x is a
// variable, or a field of a struct reached with no pointer.
func assignable(p *Package, x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		s := p.Info.Selections[x]
		return s != nil && !s.Indirect() && assignable(p, x.X)
	}
	return false
}

package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
)

// The interpreter takes a range loop with a value variable over a slice,
// array or map of channels for a range over a channel, and fails on it
// (reflect: call of reflect.Value.Len on int Value): it looks at the value
// variable's type where it should look at the ranged expression's. This
// pass ranges over the indexes or keys alone and reads each value at the
// top of the body, declaring both there, once per iteration, as Go does:
//
//	for _, c := range chans {   =>   for _i1 := range chans { c := chans[_i1];
//
// An expression other than a variable the loop leaves alone is saved
// first, just before the loop, since Go evaluates it once; one that can
// panic (b.subs, with b a nil pointer) keeps the loop's position there:
//
//	for _, s := range b.subs {   =>   _x1 := /*line :9:20*/b.subs/*line :8:3*/ ... for _i2 := range _x1 { s := _x1[_i2];

func chanRange(p *Package, f *ast.File, e *Editor) {
	var at map[ast.Stmt]slot
	ast.Inspect(f, func(n ast.Node) bool {
		loop, ok := n.(*ast.RangeStmt)
		if !ok || rangeOver(p, loop) != "chans" {
			return true
		}
		x := e.Edited(loop.X.Pos(), loop.X.End())
		if v := plainVar(p, loop.X); v == nil || v.Parent() == p.Types.Scope() || changedIn(p, loop.Body, v, token.NoPos) {
			if at == nil {
				at = slots(f)
			}
			s, ok := at[loop]
			if !ok || !oneLine(x) {
				e.Refuse(loop.X.Pos(), "the interpreter cannot range over %s with a value variable, since its elements are channels: range over the indexes (for i := range s) and read s[i]", types.ExprString(loop.X))
				return true
			}
			saved := e.Name("x")
			if canPanic(p, loop.X) {
				// A panic saving it reports the loop's position.
				e.Insert(s.pos, s.statement(saved+" := "+lineDirective(p, loop.X.Pos())+x)+lineDirective(p, s.pos))
			} else {
				e.Insert(s.pos, s.statement(saved+" := "+x))
			}
			e.Replace(loop.X.Pos(), loop.X.End(), saved)
			x = saved
		}
		i := e.Name("i")
		var lhs, rhs string
		if loop.Key != nil && !isBlank(loop.Key) {
			lhs, rhs = e.Edited(loop.Key.Pos(), loop.Key.End()), i
		}
		if !isBlank(loop.Value) {
			if lhs != "" {
				lhs, rhs = lhs+", ", rhs+", "
			}
			lhs, rhs = lhs+e.Edited(loop.Value.Pos(), loop.Value.End()), rhs+x+"["+i+"]"
		}
		e.Replace(loop.Key.Pos(), loop.TokPos+token.Pos(len(loop.Tok.String())), i+" :=")
		if lhs != "" {
			e.Insert(loop.Body.Lbrace+1, " "+lhs+" "+loop.Tok.String()+" "+rhs+";")
		}
		return true
	})
}

// plainVar returns the local variable that x names, or nil.
func plainVar(p *Package, x ast.Expr) *types.Var {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := p.Info.Uses[id].(*types.Var)
	return v
}

func oneLine(s string) bool {
	for _, r := range s {
		if r == '\n' || r == '\r' {
			return false
		}
	}
	return true
}

package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
)

// The interpreter lays out a continue in a select's case, bound for the
// loop around the select, by walking from the loop's start to the select
// and from the select into its cases again, without end (a stack
// overflow before the script runs), where the loop's body never reaches
// its end: it ends in a return, break, goto or panic after the select (or
// an if and else, or a switch with a default, each of whose ways does), as
// in
//
//	for {
//		select {
//		case v := <-ch:
//			got = append(got, v)
//			continue
//		default:
//		}
//		return got
//	}
//
// A walk that reaches the loop's start again stops there. So this pass
// puts such a last statement, of the continued loop's body or of a loop's
// between it and the select (continue outer), under a condition that is
// always true but not a constant, through which the body reaches its end
// for the interpreter, and runs the statement as before:
//
//	return got   =>   if _loop1 { return got }
//
// with "var _loop1 = true" declared after the file's imports.
func selectLoops(p *Package, f *ast.File, e *Editor) {
	loops := map[ast.Stmt]bool{}
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		b, ok := n.(*ast.BranchStmt)
		if !ok || b.Tok != token.CONTINUE {
			return true
		}
		inCase := false
		var around []ast.Stmt // the loops around the select, out to the target
		for i := len(stack) - 1; i >= 0; i-- {
			switch s := stack[i].(type) {
			case *ast.FuncLit:
				return true
			case *ast.CommClause:
				inCase = true
			case *ast.ForStmt, *ast.RangeStmt:
				if inCase {
					around = append(around, s.(ast.Stmt))
				}
				if b.Label != nil && !labelled(stack, i, b.Label.Name) {
					continue
				}
				for _, l := range around {
					loops[l] = true
				}
				return true
			}
		}
		return true
	})
	name := ""
	for loop := range loops {
		var body *ast.BlockStmt
		switch l := loop.(type) {
		case *ast.ForStmt:
			body = l.Body
		case *ast.RangeStmt:
			body = l.Body
		}
		if len(body.List) == 0 {
			continue
		}
		last := body.List[len(body.List)-1]
		if !endsFlow(p, last) {
			continue
		}
		if name == "" {
			name = e.Name("loop")
			e.Declare("var " + name + " = true")
		}
		e.InsertFirst(last.Pos(), "if "+name+" { ")
		e.InsertLast(last.End(), " }")
	}
}

// labelled reports whether the statement at stack[i] carries the label
// name (it is the statement of a labeled statement at stack[i-1]).
func labelled(stack []ast.Node, i int, name string) bool {
	if i == 0 {
		return false
	}
	l, ok := stack[i-1].(*ast.LabeledStmt)
	return ok && l.Label.Name == name
}

// endsFlow reports whether s never reaches its end: a return, a branch, a
// call of panic, or a block, an if with an else or a switch with a
// default whose every way ends so (Go's terminating statements, but
// loops and selects).
func endsFlow(p *Package, s ast.Stmt) bool {
	switch s := s.(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return s.Tok != token.FALLTHROUGH
	case *ast.ExprStmt:
		call, ok := ast.Unparen(s.X).(*ast.CallExpr)
		if !ok {
			return false
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		_, builtin := p.Info.Uses[id].(*types.Builtin)
		return ok && builtin && id.Name == "panic"
	case *ast.LabeledStmt:
		return endsFlow(p, s.Stmt)
	case *ast.BlockStmt:
		return len(s.List) > 0 && endsFlow(p, s.List[len(s.List)-1])
	case *ast.IfStmt:
		return s.Else != nil && endsFlow(p, s.Body) && endsFlow(p, s.Else)
	case *ast.SwitchStmt:
		return clausesEnd(p, s.Body)
	case *ast.TypeSwitchStmt:
		return clausesEnd(p, s.Body)
	}
	return false
}

// clausesEnd reports whether a switch's body has a default clause and
// every clause ends in a statement that endsFlow, and not in a break of
// the switch.
func clausesEnd(p *Package, body *ast.BlockStmt) bool {
	hasDefault := false
	for _, c := range body.List {
		cc := c.(*ast.CaseClause)
		hasDefault = hasDefault || cc.List == nil
		if len(cc.Body) == 0 || !endsFlow(p, cc.Body[len(cc.Body)-1]) {
			return false
		}
		if b, ok := cc.Body[len(cc.Body)-1].(*ast.BranchStmt); ok && b.Tok == token.BREAK && b.Label == nil {
			return false
		}
	}
	return hasDefault
}

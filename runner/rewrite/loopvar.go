package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Since Go 1.22 each iteration of a loop has its own loop variables; the
// interpreter shares one set across iterations, so a closure or goroutine
// started in the loop sees the last value. Where something can outlive an
// iteration's variable (a closure, its address, a pointer method), this
// pass declares the variable again at the top of the body: for k, v :=
// range x { k, v := k, v; ... }. A three-clause loop whose body also
// changes its variable copies the value back at the end of the iteration,
// where Go copies it into the next iteration's variable.

func loopvar(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		switch loop := n.(type) {
		case *ast.RangeStmt:
			if loop.Tok != token.DEFINE || rangeOver(p, loop) != "" {
				return true // the passes for ranges over ints and funcs declare per iteration
			}
			var names []string
			for _, x := range []ast.Expr{loop.Key, loop.Value} {
				if v := loopVar(p, x); v != nil && captured(p, loop.Body, v) && !redeclared(p, loop.Body, v, e) {
					names = append(names, v.Name())
				}
			}
			if len(names) > 0 {
				list := strings.Join(names, ", ")
				e.Insert(loop.Body.Lbrace+1, " "+list+" := "+list+";")
			}
		case *ast.ForStmt:
			init, ok := loop.Init.(*ast.AssignStmt)
			if !ok || init.Tok != token.DEFINE {
				return true
			}
			for _, x := range init.Lhs {
				v := loopVar(p, x)
				if v == nil || !captured(p, loop.Body, v) || redeclared(p, loop.Body, v, e) {
					continue
				}
				if !assigned(p, loop.Body, v) {
					e.Insert(loop.Body.Lbrace+1, " "+v.Name()+" := "+v.Name()+";")
					continue
				}
				ptr := e.Name("next")
				e.Insert(loop.Body.Lbrace+1, " "+ptr+" := &"+v.Name()+"; "+v.Name()+" := "+v.Name()+";")
				back := "*" + ptr + " = " + v.Name() + "; "
				for _, c := range continues(loop, f) {
					e.Insert(c.Pos(), back)
				}
				e.Insert(loop.Body.Rbrace, back)
			}
		}
		return true
	})
}

// redeclared reports, and refuses, a loop variable that the body declares
// again at its top level, where the pass would declare it.
func redeclared(p *Package, body *ast.BlockStmt, v *types.Var, e *Editor) bool {
	scope := p.Info.Scopes[body]
	if scope == nil || scope.Lookup(v.Name()) == nil {
		return false
	}
	e.Refuse(scope.Lookup(v.Name()).Pos(), "%s is declared again in the body of a loop whose variable %s a closure or pointer keeps: rename one of them", v.Name(), v.Name())
	return true
}

// loopVar returns the variable a loop clause declares, if any.
func loopVar(p *Package, x ast.Expr) *types.Var {
	id, ok := x.(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	v, _ := p.Info.Defs[id].(*types.Var)
	return v
}

// captured reports whether something in body can keep v beyond the
// iteration: a function literal that uses it, its address, a method with
// a pointer receiver called on it, or a slice of it.
func captured(p *Package, body *ast.BlockStmt, v *types.Var) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			found = uses(p, n, v)
			return false
		case *ast.UnaryExpr:
			found = n.Op == token.AND && root(p, n.X) == v
		case *ast.SliceExpr:
			if root(p, n.X) == v {
				_, isArray := p.Info.TypeOf(n.X).Underlying().(*types.Array)
				found = isArray
			}
		case *ast.SelectorExpr:
			if sel := p.Info.Selections[n]; sel != nil && sel.Kind() != types.FieldVal && root(p, n.X) == v {
				if sig, ok := sel.Obj().Type().(*types.Signature); ok && sig.Recv() != nil {
					_, ptrRecv := sig.Recv().Type().(*types.Pointer)
					_, ptrX := p.Info.TypeOf(n.X).Underlying().(*types.Pointer)
					found = ptrRecv && !ptrX
				}
			}
		}
		return true
	})
	return found
}

// root returns the variable an addressable expression (v, v.f, v[i] of an
// array) lives in.
func root(p *Package, x ast.Expr) *types.Var {
	for {
		switch y := x.(type) {
		case *ast.ParenExpr:
			x = y.X
		case *ast.SelectorExpr:
			if _, ptr := p.Info.TypeOf(y.X).Underlying().(*types.Pointer); ptr {
				return nil
			}
			x = y.X
		case *ast.IndexExpr:
			if _, arr := p.Info.TypeOf(y.X).Underlying().(*types.Array); !arr {
				return nil
			}
			x = y.X
		case *ast.Ident:
			v, _ := p.Info.Uses[y].(*types.Var)
			return v
		default:
			return nil
		}
	}
}

// uses reports whether n refers to v.
func uses(p *Package, n ast.Node, v *types.Var) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && p.Info.Uses[id] == v {
			found = true
		}
		return !found
	})
	return found
}

// assigned reports whether body changes v, or takes its address (through
// which it could).
func assigned(p *Package, body *ast.BlockStmt, v *types.Var) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, x := range n.Lhs {
				found = found || root(p, x) == v
			}
		case *ast.IncDecStmt:
			found = found || root(p, n.X) == v
		case *ast.UnaryExpr:
			found = found || n.Op == token.AND && root(p, n.X) == v
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN {
				found = found || n.Key != nil && root(p, n.Key) == v || n.Value != nil && root(p, n.Value) == v
			}
		}
		return !found
	})
	return found
}

// continues returns the continue statements of loop's body that start
// its next iteration.
func continues(loop *ast.ForStmt, f *ast.File) []*ast.BranchStmt {
	label := ""
	ast.Inspect(f, func(n ast.Node) bool {
		if l, ok := n.(*ast.LabeledStmt); ok && l.Stmt == loop {
			label = l.Label.Name
		}
		return label == ""
	})
	var out []*ast.BranchStmt
	var walk func(n ast.Node, inner bool)
	walk = func(n ast.Node, inner bool) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ForStmt, *ast.RangeStmt:
				if !inner {
					var body *ast.BlockStmt
					if fs, ok := n.(*ast.ForStmt); ok {
						body = fs.Body
					} else {
						body = n.(*ast.RangeStmt).Body
					}
					walk(body, true)
					return false
				}
			case *ast.BranchStmt:
				if n.Tok == token.CONTINUE && (n.Label == nil && !inner || n.Label != nil && n.Label.Name == label) {
					out = append(out, n)
				}
			}
			return true
		})
	}
	walk(loop.Body, false)
	return out
}

package refuse

import (
	"go/ast"
	"go/types"
)

// deferredClosures refuses a deferred call that calls a function literal
// kept in a variable of the function that defers it (f := func() {...};
// defer f(), or defer func() { f() }()): the interpreter holds that
// function's frame while it runs its deferred calls, and calling such a
// literal waits for the frame for ever.
func deferredClosures(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		var body *ast.BlockStmt
		switch fn := n.(type) {
		case *ast.FuncDecl:
			body = fn.Body
		case *ast.FuncLit:
			body = fn.Body
		}
		if body == nil {
			return true
		}
		literals := r.literalVars(body)
		if len(literals) == 0 {
			return true
		}
		ast.Inspect(body, func(m ast.Node) bool {
			switch x := m.(type) {
			case *ast.FuncLit:
				return false
			case *ast.DeferStmt:
				var calls ast.Node = x.Call.Fun
				if lit, ok := ast.Unparen(x.Call.Fun).(*ast.FuncLit); ok {
					calls = lit.Body
				}
				ast.Inspect(calls, func(c ast.Node) bool {
					call, ok := c.(*ast.CallExpr)
					if !ok {
						if id, ok := c.(*ast.Ident); ok && c == calls {
							if v, ok := r.info.Uses[id].(*types.Var); ok && literals[v] {
								r.refuse(x.Pos(), "the interpreter hangs when a deferred call calls %s, a function literal kept in a variable of the function that defers it: declare %s as a function of its own at the top level, or defer the function literal itself", v.Name(), v.Name())
							}
						}
						return true
					}
					if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
						if v, ok := r.info.Uses[id].(*types.Var); ok && literals[v] {
							r.refuse(x.Pos(), "the interpreter hangs when a deferred call calls %s, a function literal kept in a variable of the function that defers it: declare %s as a function of its own at the top level, or defer the function literal itself", v.Name(), v.Name())
						}
					}
					return true
				})
			}
			return true
		})
		return true
	})
}

// literalVars returns the variables of a function body (not of the
// function literals inside it) that are given a function literal.
func (r *reporter) literalVars(body *ast.BlockStmt) map[*types.Var]bool {
	vars := map[*types.Var]bool{}
	note := func(lhs ast.Expr, rhs ast.Expr) {
		if _, ok := ast.Unparen(rhs).(*ast.FuncLit); !ok {
			return
		}
		id, ok := lhs.(*ast.Ident)
		if !ok {
			return
		}
		obj := r.info.Defs[id]
		if obj == nil {
			obj = r.info.Uses[id]
		}
		if v, ok := obj.(*types.Var); ok && v.Parent() != r.pkg.Scope() {
			vars[v] = true
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			if len(x.Lhs) == len(x.Rhs) {
				for i := range x.Lhs {
					note(x.Lhs[i], x.Rhs[i])
				}
			}
		case *ast.ValueSpec:
			if len(x.Names) == len(x.Values) {
				for i := range x.Names {
					note(x.Names[i], x.Values[i])
				}
			}
		}
		return true
	})
	return vars
}

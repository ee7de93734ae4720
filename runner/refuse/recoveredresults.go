package refuse

import (
	"go/ast"
	"go/types"
)

// recoveredResults returns the variables that hold what recover returned
// after a function has returned it: a function's result variable that a
// deferred function assigns what recover returns (defer func() { v =
// recover() }()), or a variable it was assigned to, makes each call of
// that function such a value, and so the variables that a call's result
// is assigned to, each with the function it came from. funcs maps each
// such function to the indexes of those results. The value reaches them as recover returned it, without the
// interpreter's record of its type (see recoveredValues).
func (r *reporter) recoveredResults(recovered map[types.Object]bool) (vars map[types.Object]*types.Func, funcs map[*types.Func][]int) {
	held := map[types.Object]bool{}
	for o := range recovered {
		held[o] = true
	}
	// what a recovered variable is assigned to holds it too
	for changed := true; changed; {
		changed = false
		r.inspect(func(n ast.Node, _ []ast.Node) bool {
			a, ok := n.(*ast.AssignStmt)
			if !ok || len(a.Lhs) != len(a.Rhs) {
				return true
			}
			for i, rhs := range a.Rhs {
				id, ok := ast.Unparen(rhs).(*ast.Ident)
				if !ok || !held[r.info.Uses[id]] {
					continue
				}
				if o := r.object(a.Lhs[i]); o != nil && !held[o] {
					held[o], changed = true, true
				}
			}
			return true
		})
	}
	funcs = map[*types.Func][]int{}
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		fd, ok := n.(*ast.FuncDecl)
		if !ok {
			return true
		}
		fn, ok := r.info.Defs[fd.Name].(*types.Func)
		if !ok {
			return false
		}
		res := fn.Type().(*types.Signature).Results()
		for i := range res.Len() {
			if held[res.At(i)] {
				funcs[fn] = append(funcs[fn], i)
			}
		}
		return false
	})
	vars = map[types.Object]*types.Func{}
	if len(funcs) == 0 {
		return vars, funcs
	}
	for changed := true; changed; {
		changed = false
		r.inspect(func(n ast.Node, _ []ast.Node) bool {
			a, ok := n.(*ast.AssignStmt)
			if !ok {
				return true
			}
			mark := func(l ast.Expr, from *types.Func) {
				if o := r.object(l); o != nil && vars[o] == nil {
					vars[o], changed = from, true
				}
			}
			if len(a.Lhs) != len(a.Rhs) {
				if call, ok := ast.Unparen(a.Rhs[0]).(*ast.CallExpr); ok && len(a.Rhs) == 1 {
					fn := r.calledFunc(call)
					for _, i := range funcs[fn] {
						if i < len(a.Lhs) {
							mark(a.Lhs[i], fn)
						}
					}
				}
				return true
			}
			for i, rhs := range a.Rhs {
				switch x := ast.Unparen(rhs).(type) {
				case *ast.CallExpr:
					if fn := r.calledFunc(x); len(funcs[fn]) == 1 && funcs[fn][0] == 0 {
						mark(a.Lhs[i], fn)
					}
				case *ast.Ident:
					if fn := vars[r.info.Uses[x]]; fn != nil {
						mark(a.Lhs[i], fn)
					}
				}
			}
			return true
		})
	}
	return vars, funcs
}

// object returns the variable that e, an identifier, declares or names,
// or nil.
func (r *reporter) object(e ast.Expr) types.Object {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	if o := r.info.Defs[id]; o != nil {
		return o
	}
	return r.info.Uses[id]
}

// calledFunc returns the function of the package that call calls by its
// name, or nil.
func (r *reporter) calledFunc(call *ast.CallExpr) *types.Func {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return nil
	}
	fn, _ := r.info.Uses[id].(*types.Func)
	if fn == nil || fn.Pkg() != r.pkg {
		return nil
	}
	return fn
}

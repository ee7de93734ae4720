package rewrite

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// inRangeIndexes returns the index expressions of f that a loop keeps in
// range, which cannot panic: s[i] in the body of for i := range s, or of
// for i := 0; i < len(s); i++ (from any constant that is not negative),
// where s is a local variable of a slice, an array or a string whose
// address is never taken, and nothing assigns s or i in the loop or in
// any function literal of the file. An index inside a function literal
// of the loop's body is not kept: the literal may run after the loop.
func inRangeIndexes(p *Package, f *ast.File) map[*ast.IndexExpr]bool {
	taken := addressTaken(p)
	inLits := map[types.Object]bool{} // assigned inside a function literal
	ast.Inspect(f, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok {
			for v := range assignedVars(p, lit.Body) {
				inLits[v] = true
			}
		}
		return true
	})
	local := func(id *ast.Ident) types.Object {
		v, ok := p.Info.ObjectOf(id).(*types.Var)
		if !ok || v.IsField() || v.Parent() == nil || v.Parent() == p.Types.Scope() || taken[v] || inLits[v] {
			return nil
		}
		switch t := v.Type().Underlying().(type) {
		case *types.Slice, *types.Array:
		case *types.Basic:
			if t.Info()&types.IsString == 0 {
				return nil
			}
		default:
			return nil
		}
		return v
	}
	out := map[*ast.IndexExpr]bool{}
	keep := func(body *ast.BlockStmt, s, i types.Object) {
		if s == nil || i == nil {
			return
		}
		assigned := assignedVars(p, body)
		if assigned[s] || assigned[i] {
			return
		}
		ast.Inspect(body, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.IndexExpr:
				xs, ok1 := ast.Unparen(x.X).(*ast.Ident)
				xi, ok2 := ast.Unparen(x.Index).(*ast.Ident)
				if ok1 && ok2 && p.Info.Uses[xs] == s && p.Info.Uses[xi] == i {
					out[x] = true
				}
			}
			return true
		})
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch loop := n.(type) {
		case *ast.RangeStmt:
			key, ok1 := loop.Key.(*ast.Ident)
			over, ok2 := ast.Unparen(loop.X).(*ast.Ident)
			if ok1 && ok2 && loop.Tok == token.DEFINE {
				keep(loop.Body, local(over), p.Info.Defs[key])
			}
		case *ast.ForStmt:
			if s, i := countedLoop(p, loop); s != nil {
				keep(loop.Body, local(s), i)
			}
		}
		return true
	})
	return out
}

// countedLoop returns s and the object of i where loop is for i := C; i <
// len(s); i++, C a constant that is not negative.
func countedLoop(p *Package, loop *ast.ForStmt) (*ast.Ident, types.Object) {
	init, ok := loop.Init.(*ast.AssignStmt)
	if !ok || init.Tok != token.DEFINE || len(init.Lhs) != 1 || len(init.Rhs) != 1 {
		return nil, nil
	}
	id, ok := init.Lhs[0].(*ast.Ident)
	if !ok {
		return nil, nil
	}
	i := p.Info.Defs[id]
	if v := p.Info.Types[init.Rhs[0]].Value; i == nil || v == nil || v.Kind() != constant.Int || constant.Sign(v) < 0 {
		return nil, nil
	}
	cond, ok := loop.Cond.(*ast.BinaryExpr)
	if !ok || cond.Op != token.LSS {
		return nil, nil
	}
	if ci, ok := ast.Unparen(cond.X).(*ast.Ident); !ok || p.Info.Uses[ci] != i {
		return nil, nil
	}
	call, ok := ast.Unparen(cond.Y).(*ast.CallExpr)
	if !ok || builtinName(p.Info, call) != "len" || len(call.Args) != 1 {
		return nil, nil
	}
	s, ok := ast.Unparen(call.Args[0]).(*ast.Ident)
	if !ok {
		return nil, nil
	}
	post, ok := loop.Post.(*ast.IncDecStmt)
	if !ok || post.Tok != token.INC {
		return nil, nil
	}
	if pi, ok := ast.Unparen(post.X).(*ast.Ident); !ok || p.Info.Uses[pi] != i {
		return nil, nil
	}
	return s, i
}

// assignedVars returns the variables that n assigns, increments or
// receives into, in function literals too.
func assignedVars(p *Package, n ast.Node) map[types.Object]bool {
	out := map[types.Object]bool{}
	mark := func(x ast.Expr) {
		if id, ok := ast.Unparen(x).(*ast.Ident); ok {
			if obj := p.Info.Uses[id]; obj != nil {
				out[obj] = true
			}
		}
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.AssignStmt:
			for _, l := range x.Lhs {
				mark(l)
			}
		case *ast.IncDecStmt:
			mark(x.X)
		case *ast.RangeStmt:
			if x.Tok == token.ASSIGN {
				if x.Key != nil {
					mark(x.Key)
				}
				if x.Value != nil {
					mark(x.Value)
				}
			}
		}
		return true
	})
	return out
}

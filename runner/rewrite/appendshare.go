package rewrite

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// A Go build (since Go 1.25) grows a slice that does not leave its
// function from capacity 0 into a 32-byte buffer on its stack (4 ints, 2
// strings), where the interpreter grows it on the heap to fit what is
// appended (1 int): two appends to the slice that go to other variables
// then shared its array in Go's build and not under the interpreter:
//
//	var xs []int; xs = append(xs, 1); ys := append(xs, 2); zs := append(xs, 3)   // ys[1] is 3 in Go
//
// Which slices stay on the stack Go's escape analysis decides; this pass
// follows each local slice declared empty as pass convstack follows a
// converted string, and refuses such sharing appends where the slice may
// stay in its function. One that surely leaves (printed, returned, kept
// in a global) grows on the heap in both, and is accepted, as is a slice
// whose appends all go back to it (xs = append(xs, 2)).
func appendShares(p *Package, f *ast.File, e *Editor) {
	decls := funcDecls(p)
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		ast.PreorderStack(fd.Body, nil, func(n ast.Node, stack []ast.Node) bool {
			if _, ok := n.(*ast.FuncLit); ok {
				return false
			}
			var names []*ast.Ident
			var values []ast.Expr
			switch n := n.(type) {
			case *ast.ValueSpec:
				if len(n.Values) != 0 && len(n.Values) != len(n.Names) {
					return true // the values of one call
				}
				names, values = n.Names, n.Values
			case *ast.AssignStmt:
				if len(n.Lhs) != len(n.Rhs) {
					return true
				}
				for _, l := range n.Lhs {
					id, _ := l.(*ast.Ident)
					names = append(names, id)
				}
				values = n.Rhs
			default:
				return true
			}
			for i, id := range names {
				if id == nil || id.Name == "_" {
					continue
				}
				v, ok := p.Info.Defs[id].(*types.Var)
				if !ok || (len(values) > 0 && !emptySlice(p.Info, values[i])) || !smallElems(v.Type()) || assignedOther(p.Info, fd.Body, v) {
					continue
				}
				c := &convFlow{p: p, decls: decls, vars: map[convVar]bool{}}
				fr := &convFrame{body: fd.Body, loop: innermostLoop(stack)}
				c.vars[convVar{v, fr, nil}] = false
				c.holders = 1
				if c.flows(nil, nil, fr) == convEscapes || len(c.returned) > 0 || c.sharing == 0 || c.appends < 2 && c.writes == 0 {
					continue
				}
				elem := v.Type().Underlying().(*types.Slice).Elem()
				es := types.TypeString(elem, types.RelativeTo(p.Types))
				e.Refuse(id.Pos(), "go build grows %s, a slice that may not leave its function, from capacity 0 into a 32-byte buffer on its stack (room for %d elements of %s after its first append), where the interpreter grows it on the heap to fit what is appended, and appends to it that go to other variables share its array by that room or copy it; which it does Go's escape analysis decides, which socklab cannot follow: make the slice with the capacity you mean (make([]%s, 0, n)), or copy it before appending (ys := append(slices.Clone(%s), ...))", id.Name, 32/goSizes.Sizeof(elem), es, es, id.Name)
			}
			return true
		})
	}
}

// smallElems reports whether t is a slice whose elements are 16 bytes or
// less, so that the stack's buffer holds two of them at least (where it
// holds one, the heap's first capacity is the same).
func smallElems(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	if !ok || hasTypeParam(s.Elem()) {
		return false
	}
	size := goSizes.Sizeof(s.Elem())
	return size > 0 && size <= 16
}

// emptySlice reports whether x is a slice of capacity 0: nil, an empty
// literal, or make with a length of constant 0 and no capacity.
func emptySlice(info *types.Info, x ast.Expr) bool {
	x = ast.Unparen(x)
	if tv, ok := info.Types[x]; ok && tv.IsNil() {
		return true
	}
	switch x := x.(type) {
	case *ast.CompositeLit:
		return len(x.Elts) == 0
	case *ast.CallExpr:
		if builtinName(info, x) != "make" || len(x.Args) != 2 {
			return false
		}
		tv := info.Types[x.Args[1]]
		return tv.Value != nil && constant.Compare(tv.Value, token.EQL, constant.MakeInt64(0))
	}
	return false
}

// assignedOther reports whether body assigns v a slice other than an
// empty one, an append to v or a reslice of v: an array that is not grown
// from capacity 0 (a conversion, which pass convstack follows, or a
// slice from elsewhere).
func assignedOther(info *types.Info, body *ast.BlockStmt, v *types.Var) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || found {
			return !found
		}
		for i, l := range as.Lhs {
			if id, ok := l.(*ast.Ident); !ok || info.ObjectOf(id) != v {
				continue
			}
			if len(as.Lhs) != len(as.Rhs) {
				found = true
				break
			}
			r := ast.Unparen(as.Rhs[i])
			if emptySlice(info, r) {
				continue
			}
			if call, ok := r.(*ast.CallExpr); ok && builtinName(info, call) == "append" {
				r = ast.Unparen(call.Args[0])
			}
			for {
				sl, ok := r.(*ast.SliceExpr)
				if !ok {
					break
				}
				r = ast.Unparen(sl.X)
			}
			if id, ok := r.(*ast.Ident); !ok || info.ObjectOf(id) != v {
				found = true
			}
		}
		return !found
	})
	return found
}

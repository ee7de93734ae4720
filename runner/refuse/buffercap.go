package refuse

import (
	"go/ast"
	"go/token"
	"go/types"
)

// bufferCaps refuses the Cap of a bytes.Buffer made from a string that
// is not a constant one's bytes: bytes.NewBufferString(s), or
// bytes.NewBuffer([]byte(s)). A Go build inlines the call and places
// the bytes as its escape analysis finds: the string's own bytes where
// the buffer neither leaves the function nor is written (Cap is the
// length), a 32-byte array on the stack where it is written but stays
// (Cap 32), the heap where it leaves (the length rounded up to a size
// class). The interpreter always allocates on the heap, and socklab
// cannot follow the escape analysis. The buffer is the call itself, or a
// variable assigned it; a comparison of its Cap with a Len, which holds in
// both, is accepted.
func bufferCaps(r *reporter) {
	for _, f := range r.files {
		made := map[types.Object]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i, l := range n.Lhs {
						if id, ok := l.(*ast.Ident); ok && r.fromString(n.Rhs[i]) {
							made[r.info.ObjectOf(id)] = true
						}
					}
				}
			case *ast.ValueSpec:
				if len(n.Names) == len(n.Values) {
					for i, id := range n.Names {
						if r.fromString(n.Values[i]) {
							made[r.info.ObjectOf(id)] = true
						}
					}
				}
			}
			return true
		})
		ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 0 {
				return true
			}
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "Cap" || !isBytesBuffer(r.typeOf(sel.X)) || withLen(call, stack) {
				return true
			}
			x := ast.Unparen(sel.X)
			if id, ok := x.(*ast.Ident); ok && made[r.info.ObjectOf(id)] || r.fromString(x) {
				r.refuse(call.Pos(), "the capacity of a bytes.Buffer made from a string's bytes goes by Go's escape analysis (the string's length where the buffer stays in its function unwritten, 32 where it is written, a size class where it leaves), which socklab cannot follow: print Len(), or make the buffer with the capacity you mean (bytes.NewBuffer(make([]byte, 0, n)), then WriteString)")
			}
			return true
		})
	}
}

// fromString reports whether e is a call of bytes.NewBufferString, or of
// bytes.NewBuffer with the conversion of a string that is not constant.
func (r *reporter) fromString(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	fn, ok := r.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "bytes" {
		return false
	}
	switch fn.Name() {
	case "NewBufferString":
		return true
	case "NewBuffer":
		conv, ok := ast.Unparen(call.Args[0]).(*ast.CallExpr)
		if !ok || len(conv.Args) != 1 {
			return false
		}
		if tv, ok := r.info.Types[conv.Fun]; !ok || !tv.IsType() {
			return false
		}
		arg := r.info.Types[conv.Args[0]]
		b, ok := types.Unalias(arg.Type).Underlying().(*types.Basic)
		return ok && b.Info()&types.IsString != 0 && arg.Value == nil
	}
	return false
}

// isBytesBuffer reports whether t is bytes.Buffer or a pointer to it.
func isBytesBuffer(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "bytes" && n.Obj().Name() == "Buffer"
}

// withLen reports whether call, a Cap, is compared with a call of Len
// (buf.Cap() >= buf.Len()), whose outcome does not go by the capacity's
// placement: it holds wherever the bytes are.
func withLen(call *ast.CallExpr, stack []ast.Node) bool {
	if len(stack) == 0 {
		return false
	}
	b, ok := stack[len(stack)-1].(*ast.BinaryExpr)
	if !ok || b.Op != token.GEQ && b.Op != token.LEQ && b.Op != token.GTR && b.Op != token.LSS {
		return false
	}
	other := b.Y
	if b.Y == ast.Expr(call) {
		other = b.X
	}
	c, ok := ast.Unparen(other).(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Len" && len(c.Args) == 0
}

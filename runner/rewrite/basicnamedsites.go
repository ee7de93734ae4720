package rewrite

import (
	"go/ast"
	"go/types"
)

// Where a constant of a type of lift's pool is a literal or an expression
// of literals ("a", 1.5, 7), the interpreter gives it the basic type
// rather than the pool's at three sites that hand it to reflect: the key
// of a map's index (m["a"] = 1, m["a"], m[7]++), the key that delete
// takes (delete(m, "a")), and an element that append adds (append(tags,
// "x")). reflect panicked there ("value of type string is not assignable
// to type lift.String_1"). pooledConstants writes such a constant as a
// conversion to its type there, as it writes one that names a constant.

// pooledLiteral returns how f spells the type of x if x is a constant of
// a pooled type, not a conversion to it, at one of those sites (stack
// holds x's enclosing nodes).
func pooledLiteral(p *Package, f *ast.File, x ast.Expr, stack []ast.Node, pool map[*types.TypeName]poolSlot) (string, bool) {
	tv, ok := p.Info.Types[x]
	if !ok || tv.Value == nil || !reflectedSite(p, x, stack) {
		return "", false
	}
	n, ok := types.Unalias(tv.Type).(*types.Named)
	if !ok {
		return "", false
	}
	if slot, ok := pool[n.Obj()]; !ok || slot.name == "" {
		return "", false
	}
	if call, ok := x.(*ast.CallExpr); ok && p.Info.Types[call.Fun].IsType() {
		return "", false
	}
	return typeName(p, f, tv.Type, false)
}

// reflectedSite reports whether x is a map's index, delete's key or an
// element that append adds, whose basic type reflect refuses where the
// interpreter keeps a constant of a pooled type as one.
func reflectedSite(p *Package, x ast.Expr, stack []ast.Node) bool {
	i := len(stack) - 1
	for i >= 0 {
		if _, ok := stack[i].(*ast.ParenExpr); !ok {
			break
		}
		x = stack[i].(ast.Expr)
		i--
	}
	if i < 0 {
		return false
	}
	switch parent := stack[i].(type) {
	case *ast.IndexExpr:
		_, isMap := types.Unalias(p.Info.TypeOf(parent.X)).Underlying().(*types.Map)
		return isMap && parent.Index == x
	case *ast.CallExpr:
		switch builtinName(p.Info, parent) {
		case "delete":
			return len(parent.Args) == 2 && parent.Args[1] == x
		case "append":
			return !parent.Ellipsis.IsValid() && len(parent.Args) > 1 && parent.Args[0] != x
		}
	}
	return false
}

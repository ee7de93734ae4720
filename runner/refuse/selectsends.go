package refuse

import (
	"go/ast"
	"go/types"
)

// selectSends refuses a value that a select's case sends where computing
// it takes more than one step: the interpreter runs the channel operand,
// then only the last step of the value, on operands it never computed, and
// sends what that gives (case out <- x*2 + 1 sent 1, case out <-
// strings.Repeat("a", n+1) sent ""). A value whose operands are names and
// literals (x + 1, s[i], p.f, len(s), fmt.Sprint(x)) is computed in one
// step, and a constant and a function literal need none.
func selectSends(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		c, ok := n.(*ast.CommClause)
		if !ok {
			return true
		}
		send, ok := c.Comm.(*ast.SendStmt)
		if !ok || oneStep(r.info, send.Value) {
			return true
		}
		r.refuse(send.Value.Pos(), "the interpreter sends a wrong value where a select's case sends a value it computes in several steps: assign it to a variable before the select and send the variable")
		return true
	})
}

// oneStep reports whether the interpreter computes x in one step: x is a
// constant or a function literal, or each of its operands is a name, a
// literal, a type or a name of an imported package's member.
func oneStep(info *types.Info, x ast.Expr) bool {
	if tv, ok := info.Types[x]; ok && tv.Value != nil {
		return true
	}
	if _, ok := x.(*ast.FuncLit); ok {
		return true
	}
	leaves := true
	ast.Inspect(x, func(n ast.Node) bool {
		if n == ast.Node(x) {
			return true
		}
		if e, ok := n.(ast.Expr); ok && !leaf(info, e) {
			leaves = false
		}
		return false // only x's own operands
	})
	return leaves
}

// leaf reports whether e is an operand the interpreter reads without
// computing it: a name, a literal, a type, or pkg.Name.
func leaf(info *types.Info, e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		if id, ok := e.X.(*ast.Ident); ok {
			if _, ok := info.Uses[id].(*types.PkgName); ok {
				return true
			}
		}
	}
	return info.Types[e].IsType()
}

package refuse

import (
	"go/ast"
	"go/types"
)

// stderrDescriptor refuses os.Stderr.Fd: a script's standard error is
// descriptor 3 of its process, as descriptor 2 carries the Go runtime's
// own reports to the supervisor, so Fd returns 3 where Go returns 2.
// Writing to os.Stderr, and everything else about it, is as Go's.
func stderrDescriptor(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Fd" {
			return true
		}
		inner, pn := r.qualified(ast.Unparen(sel.X))
		if pn == nil || pn.Imported().Path() != "os" || inner.Sel.Name != "Stderr" {
			return true
		}
		if v, ok := r.info.Uses[inner.Sel].(*types.Var); !ok || v.Pkg() == nil || v.Pkg().Path() != "os" {
			return true
		}
		r.refuse(sel.Sel.Pos(), "os.Stderr.Fd() is 3 under socklab, which keeps descriptor 2 for the Go runtime's own reports, where Go's is 2: write to os.Stderr itself, or use the constant 2 where a descriptor number is wanted")
		return true
	})
}

package rewrite

import (
	"go/ast"

	"github.com/socklab/socklab/runner/lift"
)

// The interpreter runs select {} as a select on a channel of its own,
// so a goroutine blocked there waits in state "select", and a deadlock
// report said "goroutine 1 [select]:" where Go says "goroutine 1 [select
// (no cases)]:". This pass calls lift's SelectNoCases, a compiled
// select {}, which blocks for ever in Go's own state:
//
//	select {}   =>   _sl1.SelectNoCases()/*line :9:11*/
//
// A select with no cases has no break in it, so a label on it stays
// valid on the call.

func selectEmpty(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		s, ok := n.(*ast.SelectStmt)
		if !ok || len(s.Body.List) != 0 {
			return true
		}
		e.Replace(s.Pos(), s.End(), e.Import(lift.Package)+".SelectNoCases()"+lineDirective(p, s.End()))
		return true
	})
}

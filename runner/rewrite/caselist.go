package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"
)

// Of a case clause with several expressions (case f(1), f(2):), the
// interpreter evaluates only the first: a later expression that needs
// evaluating (a call, an operation, an index) is read as it stood, so
// the case did not match where Go's does. This pass writes such a clause
// as one clause per expression, each falling through to the next clause's
// body, which is Go's own meaning of the list, on the same line:
//
//	case f(1), f(2):   =>   case f(1): fallthrough; case /*line :9:13*/f(2):
//
// Constants and names need no evaluating, and a list of them is left as
// it is.

func caseLists(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		s, ok := n.(*ast.SwitchStmt)
		if !ok {
			return true
		}
		for _, c := range s.Body.List {
			clause := c.(*ast.CaseClause)
			if !evaluatedLater(p, clause.List) {
				continue
			}
			list := clause.List
			// Later: pass ifaceequal joins some lists with || itself.
			e.Later(func() {
				for i := 1; i < len(list); i++ {
					if e.editedInside(list[i-1].End(), list[i].Pos()) {
						return
					}
				}
				for i := 1; i < len(list); i++ {
					between := e.Text(list[i-1].End(), list[i].Pos())
					comma := list[i-1].End() + token.Pos(strings.IndexByte(between, ','))
					at := p.Fset.Position(list[i].Pos())
					e.Replace(comma, comma+1, ": fallthrough; case")
					e.Insert(list[i].Pos(), fmt.Sprintf("/*line :%d:%d*/", at.Line, at.Column))
				}
			})
		}
		return true
	})
}

// evaluatedLater reports whether an expression of list after the first
// needs evaluating: it is neither a constant nor a name.
func evaluatedLater(p *Package, list []ast.Expr) bool {
	for _, x := range list[min(1, len(list)):] {
		if tv, ok := p.Info.Types[x]; ok && tv.Value != nil {
			continue
		}
		if _, ok := ast.Unparen(x).(*ast.Ident); ok {
			continue
		}
		return true
	}
	return false
}

package rewrite

import (
	"go/ast"
	"go/token"
)

// The interpreter runs branch statements in a select's cases wrongly. A
// plain break goes to the end of the loop or switch around the select (or
// ends the function when there is none), where Go leaves only the select;
// and the last statement of a case is made to continue after the select,
// so that a break LABEL, continue or goto that ends a case does not branch.
// This pass gives a select that a plain break ends a label (in a block of
// its own, where the interpreter finds it), and breaks to it, and puts a branch statement that ends a case in a block of its own,
// whose end the interpreter redirects instead:
//
//	select {             =>   { _sel1:
//	case v := <-ch:           select {
//		if v == 0 {           case v := <-ch:
//			break                 if v == 0 {
//		}                             break _sel1
//		continue loop             }
//	}                             { continue loop }
//	                          } }
//
// The label goes after the statement before the select, on its line.

func selectBranch(p *Package, f *ast.File, e *Editor) {
	var at map[ast.Stmt]slot
	labels := map[ast.Stmt]string{}
	ast.Inspect(f, func(n ast.Node) bool {
		if l, ok := n.(*ast.LabeledStmt); ok {
			labels[l.Stmt] = l.Label.Name
		}
		sel, ok := n.(*ast.SelectStmt)
		if !ok {
			return true
		}
		breaks := plainBreaks(sel)
		if len(breaks) > 0 {
			label := labels[sel]
			if label == "" {
				if at == nil {
					at = slots(f)
				}
				s, ok := at[sel]
				if !ok {
					e.Refuse(breaks[0].Pos(), "break inside this select leaves the loop around it too in the interpreter: end the case without break (use if/else)")
					return true
				}
				label = e.Name("sel")
				e.Insert(s.pos, s.block(label))
				e.Insert(sel.End(), " }")
			}
			for _, b := range breaks {
				e.Insert(b.End(), " "+label)
			}
		}
		for _, c := range sel.Body.List {
			body := c.(*ast.CommClause).Body
			if len(body) == 0 {
				continue
			}
			if b, ok := body[len(body)-1].(*ast.BranchStmt); ok && (b.Tok != token.BREAK || b.Label != nil) {
				e.Insert(b.Pos(), "{ ")
				e.Insert(b.End(), " }")
			}
		}
		return true
	})
}

// plainBreaks returns the breaks without a label that end sel.
func plainBreaks(sel *ast.SelectStmt) []*ast.BranchStmt {
	var out []*ast.BranchStmt
	for _, c := range sel.Body.List {
		for _, s := range c.(*ast.CommClause).Body {
			ast.Inspect(s, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
					return false
				case *ast.BranchStmt:
					if n.Tok == token.BREAK && n.Label == nil {
						out = append(out, n)
					}
				}
				return true
			})
		}
	}
	return out
}

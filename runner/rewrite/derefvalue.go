package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
)

// The interpreter does not dereference a pointed-to variable given as it
// is (*p, not an operand of an operator or a call) to a blank (_ = *p, var
// _ = *p) or as a value of a map literal (map[string]int{"a": *p}): with a
// nil p, Go panics, and the interpreter went on, the blank given nothing
// and the entry left out of the map. This pass converts such a
// dereference to its own type, which the interpreter evaluates:
//
//	_ = *p                    =>   _ = int(/*line :7:6*/*p)/*line :7:8*/
//	map[string]int{"a": *p}   =>   map[string]int{"a": int(/*line :7:22*/*p)/*line :7:24*/}
//
// (the pass evalorder lifts m[k] = *p, which stored nothing either). A
// dereference whose type cannot be written in the file (one declared in
// a function) is refused.

func derefValues(p *Package, f *ast.File, e *Editor) {
	convert := func(x ast.Expr) {
		star, ok := ast.Unparen(x).(*ast.StarExpr)
		if !ok || p.Info.Types[star].IsType() {
			return
		}
		name, ok := (orderOf{info: p.Info}).typeText(p, f, p.Info.TypeOf(star))
		if !ok {
			e.Refuse(star.Pos(), "the interpreter does not dereference %s here, so it would not panic where Go does with a nil pointer, and socklab cannot convert it, as its type has no name in this file: assign it to a variable first (v := %s)", e.Text(star.Pos(), star.End()), e.Text(star.Pos(), star.End()))
			return
		}
		e.Insert(star.Pos(), name+"("+e.lineAt(star.Pos()))
		e.InsertFirst(star.End(), ")"+e.lineAt(star.End()))
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
				for i, l := range n.Lhs {
					if isBlank(l) {
						convert(n.Rhs[i])
					}
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, name := range n.Names {
					if name.Name == "_" {
						convert(n.Values[i])
					}
				}
			}
		case *ast.CompositeLit:
			if t := p.Info.TypeOf(n); t != nil {
				if _, isMap := t.Underlying().(*types.Map); isMap {
					for _, el := range n.Elts {
						if kv, ok := el.(*ast.KeyValueExpr); ok {
							convert(kv.Value)
						}
					}
				}
			}
		}
		return true
	})
}

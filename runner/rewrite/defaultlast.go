package rewrite

import (
	"go/ast"
	"go/token"
)

// The interpreter makes a switch's default clause its last by swapping it
// with the last clause, so that of switch { default: A; case x > 10: B;
// case x > 5: C } it runs switch { case x > 5: C; case x > 10: B; default:
// A }: the cases are compared in another order than Go's (x = 20 runs C),
// and a fallthrough into the last clause goes to the default clause
// instead. This pass gives a switch whose default clause is not its last
// clause one more last clause that never matches, on the line of its
// closing brace, which the interpreter swaps with the default clause
// instead; the other clauses keep their order:
//
//	}   =>   case false:/*line :14:2*/}
//
// A switch with a tag is one without a tag by then (pass ifaceswitch),
// and so is a type switch with a case of an interface type (pass
// typeswitch, assertedSwitch); the cases of the other type switches name concrete types,
// of which a value matches one, whatever their order.
//
// A fallthrough into the default clause, or out of it, which would go to
// the new clause or nowhere, is refused.

func defaultLast(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		var body *ast.BlockStmt
		switch s := n.(type) {
		case *ast.SwitchStmt:
			body = s.Body
		case *ast.TypeSwitchStmt:
			if !assertedSwitch(p, s) {
				return true // cases of concrete types, in any order
			}
			body = s.Body
		default:
			return true
		}
		if !defaultInside(body) {
			return true
		}
		for i, c := range body.List {
			if c.(*ast.CaseClause).List != nil {
				continue
			}
			if i > 0 && fallsThrough(body.List[i-1].(*ast.CaseClause)) {
				e.Refuse(lastStmt(body.List[i-1].(*ast.CaseClause)).Pos(), "the interpreter moves a default clause that is not the last clause of its switch to the end, so this fallthrough into it would run another clause: write the default clause last, and what both clauses run in a function of its own")
			}
			if fallsThrough(c.(*ast.CaseClause)) {
				e.Refuse(lastStmt(c.(*ast.CaseClause)).Pos(), "the interpreter moves a default clause that is not the last clause of its switch to the end, so this fallthrough out of it would end the switch: write the default clause last, and what both clauses run in a function of its own")
			}
		}
		e.Insert(body.Rbrace, "case false:"+lineDirective(p, body.Rbrace))
		return true
	})
}

// fallsThrough reports whether clause c ends with a fallthrough statement.
func fallsThrough(c *ast.CaseClause) bool {
	b, ok := lastStmt(c).(*ast.BranchStmt)
	return ok && b.Tok == token.FALLTHROUGH
}

// lastStmt returns the last statement of clause c, or nil.
func lastStmt(c *ast.CaseClause) ast.Stmt {
	if len(c.Body) == 0 {
		return nil
	}
	return c.Body[len(c.Body)-1]
}

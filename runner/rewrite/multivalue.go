package rewrite

import (
	"go/ast"
	"go/token"
)

// The interpreter lets a call, a receive or a composite literal write its
// value straight into the variable it is assigned to, and then skips the
// assignment statement's own work: in an assignment or declaration of
// several values that loses every other value (a, b = x, f() left a as it
// was; v, w := <-ch, 5 made w 0), and a return of several values with a
// receive panicked (reflect.Value.Set using unaddressable value). In
// parentheses the value is an expression of its own, which the statement
// assigns as it assigns the others:
//
//	a, b = x, f()        =>   a, b = x, (f())
//	return <-ch, nil     =>   return (<-ch), nil
//
// A receive alone is kept so too: the value it wrote into its variable was
// reflect's, not addressable, so that the variable could never be set again
// (msg := <-lines; msg = strings.TrimSpace(msg) panicked with "reflect.Value.Set
// using unaddressable value", and so did x++, &x and a method with a pointer
// receiver; a struct variable's field kept its value; v := f() where f
// returns <-ch, the same):
//
//	msg := <-lines   =>   msg := (<-lines)
//	return <-c.in    =>   return (<-c.in)
//
// (a select's case, which receives into its variables itself, excepted).
// The parentheses open before any other pass's text around the value;
// /*line*/ comments after them keep the columns.

func multiValue(p *Package, f *ast.File, e *Editor) {
	wrap := func(values []ast.Expr, kinds func(ast.Expr) bool) {
		for _, v := range values {
			if len(values) == 1 && !isReceive(v) {
				return
			}
			if kinds(v) {
				e.InsertFirst(v.Pos(), "("+e.lineAt(v.Pos()))
				e.Insert(v.End(), ")"+e.lineAt(v.End()))
			}
		}
	}
	direct := func(v ast.Expr) bool {
		switch x := v.(type) {
		case *ast.CallExpr, *ast.CompositeLit:
			return true
		case *ast.UnaryExpr:
			return x.Op == token.ARROW
		}
		return false
	}
	comms := map[ast.Stmt]bool{} // the select cases' statements
	ast.Inspect(f, func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.CommClause:
			comms[s.Comm] = true
		case *ast.AssignStmt:
			if len(s.Lhs) == len(s.Rhs) && !comms[s] {
				wrap(s.Rhs, direct)
			}
		case *ast.ValueSpec:
			if len(s.Names) == len(s.Values) {
				wrap(s.Values, direct)
			}
		case *ast.ReturnStmt:
			wrap(s.Results, isReceive)
		}
		return true
	})
}

package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
)

// The interpreter cannot run a comma-ok receive that assigns to a blank
// and a variable: v, _ = <-ch panicked (a nil value was used, or reflect's
// SetBool on a chan Value), and so did _, ok = <-ch. This pass writes the
// first as an assignment of the one value, and gives the second's blank a
// variable of its own (with /*line*/ comments that keep every column):
//
//	v, _ = <-ch    =>   v = (<-ch)
//	_, ok = <-ch   =>   _, _ok1 := <-ch; ok = _ok1
//
// Where no statement can follow (an if, for or switch statement's init, a
// for statement's post), ok = func() bool { _, _ok1 := <-ch; return _ok1 }(),
// converted to ok's type where that is another (B(...)); one whose type has
// no name in the file is refused. A select's cases, and an
// assignment whose left side pass evalorder evaluates after the right one
// (s[i], _ = <-ch), are evalorder's; the pass edits last, so that a
// statement another pass edits is left to it.

func recvBlanks(p *Package, f *ast.File, e *Editor) {
	comms := map[ast.Stmt]bool{} // the select cases' statements
	var blanks []*ast.AssignStmt
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CommClause:
			comms[n.Comm] = true
		case *ast.AssignStmt:
			if !comms[n] && n.Tok == token.ASSIGN && len(n.Lhs) == 2 && len(n.Rhs) == 1 &&
				isReceive(n.Rhs[0]) && isBlank(n.Lhs[0]) != isBlank(n.Lhs[1]) {
				blanks = append(blanks, n)
			}
		}
		return true
	})
	if len(blanks) == 0 {
		return
	}
	e.Later(func() {
		inList := slots(f)
		for _, s := range blanks {
			if e.editedInside(s.Pos(), s.End()) {
				continue // another pass rewrote it
			}
			_, listed := inList[s]
			liftBlankReceive(p, f, e, s, listed)
		}
	})
}

// isReceive reports whether x is a receive, not in parentheses.
func isReceive(x ast.Expr) bool {
	u, ok := x.(*ast.UnaryExpr)
	return ok && u.Op == token.ARROW
}

// liftBlankReceive writes s, a comma-ok receive that assigns to one blank,
// as the interpreter runs it; listed says whether a statement can follow
// s.
func liftBlankReceive(p *Package, f *ast.File, e *Editor, s *ast.AssignStmt, listed bool) {
	rhs := s.Rhs[0]
	if isBlank(s.Lhs[1]) { // v, _ = <-ch
		e.Replace(s.Lhs[0].End(), rhs.Pos(), " = ("+e.lineAt(rhs.Pos()))
		e.InsertFirst(rhs.End(), ")"+e.lineAt(rhs.End()))
		return
	}
	ok := s.Lhs[1] // _, ok = <-ch
	okText := e.Text(ok.Pos(), ok.End())
	name := e.Name("ok")
	open, closing := "", "" // the conversion to ok's type, where that is not bool
	if t := p.Info.TypeOf(ok); !types.Identical(t, types.Typ[types.Bool]) {
		conv, named := typeName(p, f, t, false)
		if !named {
			e.Refuse(s.Pos(), "the interpreter cannot receive into a blank and %s here, and its type %s has no name in this file: receive into a variable of type bool (_, ok := <-ch) and assign it", okText, t)
			return
		}
		open, closing = conv+"(", ")"
	}
	if listed {
		e.Replace(s.Pos(), rhs.Pos(), "_, "+name+" := "+e.lineAt(rhs.Pos()))
		e.Insert(rhs.End(), "; "+okText+" = "+open+name+closing+e.lineAt(rhs.End()))
		return
	}
	e.Replace(s.Pos(), rhs.Pos(), okText+" = "+open+"func() bool { _, "+name+" := "+e.lineAt(rhs.Pos()))
	e.Insert(rhs.End(), "; return "+name+" }()"+closing+e.lineAt(rhs.End()))
}

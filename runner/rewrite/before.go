package rewrite

import (
	"go/ast"
	"go/token"
)

// A slot is where text goes to run just before a statement without moving
// it: after the statement before it, on that statement's line, or after
// the "{" or ":" that opens the list the statement starts.
type slot struct {
	pos    token.Pos
	opener bool // pos follows "{" or ":"; else it follows a statement
}

// statement wraps text, one or more statements, for the slot.
func (s slot) statement(text string) string {
	if s.opener {
		return " " + text + ";"
	}
	return "; " + text
}

// block opens a block that holds the statement of the slot, under a
// label: the interpreter finds a label declared in a block, but not one
// declared directly in a case clause. The block closes after the statement.
func (s slot) block(label string) string {
	if s.opener {
		return " { " + label + ":"
	}
	return "; { " + label + ":"
}

// slots maps every statement of f that starts a list or follows another
// in one (blocks and case clauses) to its slot. A labelled statement's
// slot is its label's.
func slots(f *ast.File) map[ast.Stmt]slot {
	m := map[ast.Stmt]slot{}
	list := func(open token.Pos, stmts []ast.Stmt) {
		at := slot{open, true}
		for _, s := range stmts {
			m[s] = at
			if l, ok := s.(*ast.LabeledStmt); ok {
				m[l.Stmt] = at
			}
			at = slot{s.End(), false}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BlockStmt:
			list(n.Lbrace+1, n.List)
		case *ast.CaseClause:
			list(n.Colon+1, n.Body)
		case *ast.CommClause:
			list(n.Colon+1, n.Body)
		}
		return true
	})
	return m
}

package diag

import (
	"go/ast"
	"go/token"
)

// declKey names a function of the file in its call graph: "f" for a
// function, ".m" for a method (by name only, whatever its receiver).
func declKey(fn *ast.FuncDecl) string {
	if fn.Recv != nil {
		return "." + fn.Name.Name
	}
	return fn.Name.Name
}

// calleeKey names the function of the file that c calls, or "".
func calleeKey(c *ast.CallExpr, declared map[string]bool) string {
	switch f := ast.Unparen(c.Fun).(type) {
	case *ast.Ident:
		if declared[f.Name] {
			return f.Name
		}
	case *ast.SelectorExpr:
		if declared["."+f.Sel.Name] {
			return "." + f.Sel.Name
		}
	}
	return ""
}

// recursive returns the functions of f that call themselves, directly or
// through other functions of f, each with the position of its first call
// on the way back to itself.
func recursive(f *ast.File) map[*ast.FuncDecl]token.Pos {
	declared := map[string]bool{}
	decls := map[string][]*ast.FuncDecl{}
	for _, d := range f.Decls {
		if fn, ok := d.(*ast.FuncDecl); ok && fn.Body != nil {
			declared[declKey(fn)] = true
			decls[declKey(fn)] = append(decls[declKey(fn)], fn)
		}
	}
	type call struct {
		to  string
		pos token.Pos
	}
	calls := map[string][]call{}
	for key, fns := range decls {
		for _, fn := range fns {
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				if c, ok := n.(*ast.CallExpr); ok {
					if to := calleeKey(c, declared); to != "" {
						calls[key] = append(calls[key], call{to, c.Pos()})
					}
				}
				return true
			})
		}
	}
	reaches := func(from, to string) bool {
		seen := map[string]bool{}
		var walk func(k string) bool
		walk = func(k string) bool {
			if k == to {
				return true
			}
			if seen[k] {
				return false
			}
			seen[k] = true
			for _, c := range calls[k] {
				if walk(c.to) {
					return true
				}
			}
			return false
		}
		return walk(from)
	}
	out := map[*ast.FuncDecl]token.Pos{}
	for key, fns := range decls {
		for _, c := range calls[key] {
			if reaches(c.to, key) {
				for _, fn := range fns {
					out[fn] = c.pos
				}
				break
			}
		}
	}
	return out
}

// allocatesInLoop reports whether body (not the function literals in it)
// has a loop with a statement that allocates: the loops a program that
// runs out of memory is in.
func (m *marker) allocatesInLoop(body *ast.BlockStmt) bool {
	found := false
	loops := 0
	var walk func(n ast.Node) bool
	walk = func(n ast.Node) bool {
		if found {
			return false
		}
		switch s := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ForStmt, *ast.RangeStmt:
			loops++
			for _, c := range []ast.Node{loopBody(s)} {
				ast.Inspect(c, walk)
			}
			loops--
			return false
		case ast.Stmt:
			if loops > 0 && m.allocates(s) {
				found = true
			}
		}
		return true
	}
	ast.Inspect(body, walk)
	return found
}

func loopBody(s ast.Node) *ast.BlockStmt {
	switch s := s.(type) {
	case *ast.ForStmt:
		return s.Body
	case *ast.RangeStmt:
		return s.Body
	}
	return nil
}

// allocates reports whether the simple statement s allocates memory that
// can grow without end: an append, a make, a +=, a composite literal, a
// Repeat.
func (m *marker) allocates(s ast.Stmt) bool {
	switch s.(type) {
	case *ast.AssignStmt, *ast.ExprStmt, *ast.DeclStmt, *ast.SendStmt, *ast.IncDecStmt:
	default:
		return false
	}
	found := false
	ast.Inspect(s, func(n ast.Node) bool {
		switch e := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			found = found || e.Tok == token.ADD_ASSIGN && len(e.Lhs) == 1 && m.facts.lookup(m, e.Lhs[0], e.TokPos)&safe == 0
		case *ast.CompositeLit:
			found = true
		case *ast.CallExpr:
			switch name := callName(e); name {
			case "append", "make", "new", "Repeat":
				found = true
			}
		}
		return !found
	})
	return found
}

package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Since Go 1.22 a loop may range over an integer: for i := range n runs n
// times, i from 0 up, of n's type. The interpreter lacks it; this pass
// writes the three-clause loop it stands for, on the same line, n left in
// place and evaluated once:
//
//	for i := range n {   =>   for _i1, _n2 := T(0), n; _i1 < _n2; _i1++ { i := _i1;
//
// A constant n of a type is converted to it: for b = range 3, with b a
// byte, ranges over byte values, as Go's do.
//
// Each iteration declares its own i, as Go does; a body that declares an
// i of its own (i := i * 2), in a block of its own in Go, goes in a block.

func rangeInt(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		loop, ok := n.(*ast.RangeStmt)
		if !ok || rangeOver(p, loop) != "int" {
			return true
		}
		i, end := e.Name("i"), e.Name("n")
		zero, conv := "0", ""
		if tv := p.Info.Types[loop.X]; tv.Value == nil || !isUntyped(tv.Type) {
			name, ok := typeName(p, f, tv.Type, false)
			if !ok {
				e.Refuse(loop.X.Pos(), "range over an integer of a type this file cannot name: write a three-clause loop (for i := 0; i < n; i++)")
				return true
			}
			zero = name + "(0)"
			if tv.Value != nil {
				// A constant of a variable the loop assigns (for b = range 3,
				// b a byte) has the variable's type, which := would not give.
				conv = name + "("
			}
		}
		e.Replace(loop.For+3, loop.X.Pos(), " "+i+", "+end+" := "+zero+", "+conv)
		if conv != "" {
			e.Insert(loop.X.End(), ")")
		}
		e.Insert(loop.X.End(), "; "+i+" < "+end+"; "+i+"++")
		switch {
		case loop.Key == nil || isBlank(loop.Key):
		case loop.Tok == token.DEFINE:
			e.Insert(loop.Body.Lbrace+1, " "+e.Text(loop.Key.Pos(), loop.Key.End())+" := "+i+";")
			blockIfRedeclared(e, loop.Body, loop.Key)
		default:
			e.Insert(loop.Body.Lbrace+1, " "+e.Text(loop.Key.Pos(), loop.Key.End())+" = "+i+";")
		}
		return true
	})
}

func isUntyped(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Info()&types.IsUntyped != 0
}

func isBlank(x ast.Expr) bool {
	id, ok := x.(*ast.Ident)
	return ok && id.Name == "_"
}

// blockIfRedeclared puts the statements of body in a block of their own
// where they declare one of vars, the loop's variables that a pass
// declares at the start of body (in Go the body is a block inside the
// loop's): i := i * 2 would else redeclare i in one block.
func blockIfRedeclared(e *Editor, body *ast.BlockStmt, vars ...ast.Expr) {
	names := map[string]bool{}
	for _, v := range vars {
		if id, ok := v.(*ast.Ident); ok && id.Name != "_" {
			names[id.Name] = true
		}
	}
	if !declaresAny(body, names) {
		return
	}
	e.InsertLast(body.Lbrace+1, " {")
	e.InsertFirst(body.Rbrace, "}")
}

// declaresAny reports whether a statement of body, at its top level,
// declares one of names.
func declaresAny(body *ast.BlockStmt, names map[string]bool) bool {
	for _, st := range body.List {
		for l, ok := st.(*ast.LabeledStmt); ok; l, ok = st.(*ast.LabeledStmt) {
			st = l.Stmt
		}
		switch st := st.(type) {
		case *ast.AssignStmt:
			if st.Tok != token.DEFINE {
				continue
			}
			for _, x := range st.Lhs {
				if id, ok := x.(*ast.Ident); ok && names[id.Name] {
					return true
				}
			}
		case *ast.DeclStmt:
			gd, ok := st.Decl.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, sp := range gd.Specs {
				switch sp := sp.(type) {
				case *ast.ValueSpec:
					for _, id := range sp.Names {
						if names[id.Name] {
							return true
						}
					}
				case *ast.TypeSpec:
					if names[sp.Name.Name] {
						return true
					}
				}
			}
		}
	}
	return false
}

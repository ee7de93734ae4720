package rewrite

import (
	"go/ast"
	"go/types"
	"strings"
)

// The interpreter does not zero a function's named results when it is
// called: they start with the values they had when the function last
// returned to the same call site (a loop's n, err := parse(s) gets the
// previous n back from a bare return). This pass zeroes them at the top of
// the function's body, on its first line:
//
//	func parse(s string) (n int, err error) {   =>   ... { n, err = *new(int), *new(error);
//
// A result of an interface the script declares is set to its nil,
// converted ((Shape)(nil)), as the interpreter cannot assign an untyped
// nil among several values.

func zeroResults(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		var ft *ast.FuncType
		var body *ast.BlockStmt
		switch fn := n.(type) {
		case *ast.FuncDecl:
			ft, body = fn.Type, fn.Body
		case *ast.FuncLit:
			ft, body = fn.Type, fn.Body
		}
		if ft == nil || body == nil || ft.Results == nil {
			return true
		}
		if !readsResults(p, ft, body) {
			return true
		}
		var names, zeros []string
		for _, fld := range ft.Results.List {
			t := e.Edited(fld.Type.Pos(), fld.Type.End())
			if !oneLine(t) {
				name, ok := typeName(p, f, p.Info.TypeOf(fld.Type), false)
				if !ok {
					e.Refuse(fld.Type.Pos(), "the interpreter does not zero named results when a function is called: write this type on one line, or name it")
					continue
				}
				t = name
			}
			zero := "*new(" + t + ")"
			if wrappedInterface(p, p.Info.TypeOf(fld.Type)) {
				// The interpreter's new of such an interface points to a
				// value that == nil does not find nil (see newInterface).
				zero = "(" + t + ")(nil)"
			}
			for _, id := range fld.Names {
				if id.Name != "_" {
					names = append(names, id.Name)
					zeros = append(zeros, zero)
				}
			}
		}
		if len(names) > 0 {
			e.Insert(body.Lbrace+1, " "+strings.Join(names, ", ")+" = "+strings.Join(zeros, ", ")+";")
		}
		return true
	})
}

// readsResults reports whether body has a bare return or uses one of the
// named results of ft.
func readsResults(p *Package, ft *ast.FuncType, body *ast.BlockStmt) bool {
	results := map[types.Object]bool{}
	for _, fld := range ft.Results.List {
		for _, id := range fld.Names {
			if obj := p.Info.Defs[id]; obj != nil {
				results[obj] = true
			}
		}
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			if x.Type.Results != nil && len(x.Type.Results.List) > 0 {
				// its own bare returns are its own; its uses of ours count
				ast.Inspect(x.Body, func(m ast.Node) bool {
					if id, ok := m.(*ast.Ident); ok && results[p.Info.Uses[id]] {
						found = true
					}
					return !found
				})
				return false
			}
		case *ast.ReturnStmt:
			found = found || len(x.Results) == 0
		case *ast.Ident:
			found = found || results[p.Info.Uses[x]]
		}
		return !found
	})
	return found
}

package rewrite

import (
	"go/ast"
	"strings"
)

// The interpreter does not zero a function's named results when it is
// called: they start with the values they had when the function last
// returned to the same call site (a loop's n, err := parse(s) gets the
// previous n back from a bare return). This pass zeroes them at the top of
// the function's body, on its first line:
//
//	func parse(s string) (n int, err error) {   =>   ... { n, err = *new(int), *new(error);
func init() { register(Pass{Name: "zeroresults", Run: zeroResults}) }

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
			for _, id := range fld.Names {
				if id.Name != "_" {
					names = append(names, id.Name)
					zeros = append(zeros, "*new("+t+")")
				}
			}
		}
		if len(names) > 0 {
			e.Insert(body.Lbrace+1, " "+strings.Join(names, ", ")+" = "+strings.Join(zeros, ", ")+";")
		}
		return true
	})
}

package rewrite

import (
	"go/ast"
	"go/types"
)

// Go 1.24's generic type aliases (type Entry[V any] = Pair[string, V])
// do not compile in the interpreter ("undefined: V"). This pass writes
// each instance the file names as the type it stands for, and the alias's
// declaration as a comment beside a declaration of its own that names
// nothing, keeping every line:
//
//	type Entry[V any] = Pair[string, V]   =>   type _alias1 = struct{} /* Entry[V any] = Pair[string, V] */
//	e := Entry[int]{"x", 1}               =>   e := _Pair2/*line :9:17*/{"x", 1}
//
// An instance of a generic type of the script that the file's top level
// can name is named by pass instalias's alias of it; another by its
// spelling where it is (Set[T] in a generic function, map[T]struct{}). An
// instance whose type the file cannot spell is refused.

func genericAliases(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.TypeSpec:
			if x.Assign.IsValid() && x.TypeParams != nil {
				// A comment that keeps what later passes write inside
				// it (iterseq's iter.Seq[T] with its line comment).
				e.CommentOut(x.Pos(), x.End(), e.Name("alias")+" = struct{}", "", false)
				return false
			}
		case *ast.IndexExpr, *ast.IndexListExpr:
			if genericAliasUse(p, x.(ast.Expr)) {
				tv := p.Info.Types[x.(ast.Expr)]
				t := types.Unalias(tv.Type)
				if n, ok := t.(*types.Named); ok && n.TypeArgs().Len() > 0 && n.Obj().Pkg() == p.Types && !localTypes(p, t, map[types.Type]bool{}) {
					return true // pass instalias names it by its alias
				}
				name, ok := typeName(p, f, t, false)
				if !ok {
					refuseAliasUse(p, e, x.(ast.Expr))
					return false
				}
				e.Replace(x.Pos(), x.End(), name+directive(p, x.End()))
				return false
			}
		}
		return true
	})
}

// genericAliasUse reports whether x is an instance of a generic alias.
func genericAliasUse(p *Package, x ast.Expr) bool {
	var fun ast.Expr
	switch ix := x.(type) {
	case *ast.IndexExpr:
		fun = ix.X
	case *ast.IndexListExpr:
		fun = ix.X
	}
	var id *ast.Ident
	switch fx := fun.(type) {
	case *ast.Ident:
		id = fx
	case *ast.SelectorExpr:
		id = fx.Sel
	default:
		return false
	}
	tn, ok := p.Info.Uses[id].(*types.TypeName)
	if !ok || !tn.IsAlias() {
		return false
	}
	a, ok := tn.Type().(*types.Alias)
	return ok && a.TypeParams().Len() > 0
}

// refuseAliasUse refuses x, an instance of a generic alias that the file
// cannot write as the type it stands for.
func refuseAliasUse(p *Package, e *Editor, x ast.Expr) {
	e.Refuse(x.Pos(), "the interpreter cannot compile a generic type alias, and socklab writes %s out as the type it stands for only where this file can name that type: write %s there", types.ExprString(x), types.TypeString(types.Unalias(p.Info.TypeOf(x)), types.RelativeTo(p.Types)))
}

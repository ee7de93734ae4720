package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// The interpreter declares no type alias inside a function (type Score =
// int in main): it stopped at the declaration with "undefined: Score".
// This pass writes each use of such an alias as the type it stands for,
// spelled as the declaration spells it, and the declaration as a comment
// beside a type of its own that nothing names, keeping every line:
//
//	type Score = int        =>   type _alias1 struct{} /* Score = int */
//	var best Score          =>   var best int/*line :9:16*/
//
// An alias of an alias declared before it in the function is written out
// as the type that one stands for. A use where a name the declaration
// spells means something else (declared again in between), or that names
// an embedded field (whose name is the alias's), is refused.

func localAliases(p *Package, f *ast.File, e *Editor) {
	var specs []*ast.TypeSpec
	ast.Inspect(f, func(n ast.Node) bool {
		ds, ok := n.(*ast.DeclStmt)
		if !ok {
			return true
		}
		if gd, ok := ds.Decl.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
			for _, s := range gd.Specs {
				if ts := s.(*ast.TypeSpec); ts.Assign.IsValid() && ts.TypeParams == nil {
					specs = append(specs, ts)
				}
			}
		}
		return true
	})
	if len(specs) == 0 {
		return
	}
	uses := map[types.Object][]*ast.Ident{}
	embedded := map[*ast.Ident]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.Ident:
			if obj := p.Info.Uses[x]; obj != nil {
				uses[obj] = append(uses[obj], x)
			}
		case *ast.Field:
			if len(x.Names) == 0 {
				if id, ok := ast.Unparen(embeddedName(x.Type)).(*ast.Ident); ok {
					embedded[id] = true
				}
			}
		}
		return true
	})
	// Not later: pass generics copies a generic function's text, this
	// pass's edits in it, once every pass has made its edits. Nothing is
	// edited inside a declaration, which a copy would take out of its
	// comment: a use of an earlier alias there is written out in the text.
	inside := func(id *ast.Ident) bool {
		for _, ts := range specs {
			if ts.Type.Pos() <= id.Pos() && id.End() <= ts.Type.End() {
				return true
			}
		}
		return false
	}
	expanded := map[types.Object]string{}
	for _, ts := range specs {
		obj := p.Info.Defs[ts.Name]
		text, ok := aliasText(p, f, e, ts, uses, expanded)
		e.CommentOut(ts.Pos(), ts.End(), e.Name("alias")+" struct{}", "", false)
		for _, id := range uses[obj] {
			switch {
			case inside(id):
				continue // written out in that declaration's text
			case embedded[id]:
				e.Refuse(id.Pos(), "the interpreter declares no type alias inside a function, and an embedded field named %s, the alias's name, cannot be written out as the type it stands for: declare %s at the top level", id.Name, id.Name)
			case !ok || e.replacedAcross(id.Pos(), id.End()) || !sameNames(p, ts.Type, id.Pos()):
				refuseLocalAlias(e, id, ts)
			default:
				e.Replace(id.Pos(), id.End(), text+directive(p, id.End()))
			}
		}
		if ok {
			expanded[obj] = text
		}
	}
}

// aliasText is the type that ts declares an alias of, as its declaration
// spells it on one line, with the uses of the aliases declared before it
// written out (expanded holds their text); or, where the declaration
// spans lines, as the file spells the type.
func aliasText(p *Package, f *ast.File, e *Editor, ts *ast.TypeSpec, uses map[types.Object][]*ast.Ident, expanded map[types.Object]string) (string, bool) {
	var inner []*ast.Ident
	for obj := range expanded {
		for _, id := range uses[obj] {
			if ts.Type.Pos() <= id.Pos() && id.End() <= ts.Type.End() {
				inner = append(inner, id)
			}
		}
	}
	slices.SortFunc(inner, func(a, b *ast.Ident) int { return int(a.Pos() - b.Pos()) })
	var b strings.Builder
	at := ts.Type.Pos()
	for _, id := range inner {
		b.WriteString(e.Edited(at, id.Pos()))
		b.WriteString(expanded[p.Info.Uses[id]])
		at = id.End()
	}
	b.WriteString(e.Edited(at, ts.Type.End()))
	if text := b.String(); !strings.ContainsAny(text, "\n\r") {
		return text, true
	}
	return typeName(p, f, types.Unalias(p.Info.Defs[ts.Name].Type()), false)
}

// embeddedName is the type name of an embedded field's type, *T or T.
func embeddedName(x ast.Expr) ast.Expr {
	if star, ok := x.(*ast.StarExpr); ok {
		return star.X
	}
	return x
}

// sameNames reports whether each name that typ spells means at pos what
// it means where typ is.
func sameNames(p *Package, typ ast.Expr, pos token.Pos) bool {
	scope := p.Types.Scope().Innermost(pos)
	same := scope != nil
	ast.Inspect(typ, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.SelectorExpr:
			ast.Inspect(x.X, func(m ast.Node) bool {
				if id, ok := m.(*ast.Ident); ok && same {
					same = lookupAt(scope, id.Name, pos) == p.Info.Uses[id]
				}
				return true
			})
			return false // x.Sel is a name of the package, not of a scope
		case *ast.Ident:
			if obj := p.Info.Uses[x]; obj != nil && same {
				same = lookupAt(scope, x.Name, pos) == obj
			}
		}
		return true
	})
	return same
}

// lookupAt is the object that name means at pos in scope.
func lookupAt(scope *types.Scope, name string, pos token.Pos) types.Object {
	if scope == nil {
		return nil
	}
	_, obj := scope.LookupParent(name, pos)
	return obj
}

// refuseLocalAlias refuses id, a use of the alias that ts declares inside
// a function, which the pass cannot write out as the type it stands for.
func refuseLocalAlias(e *Editor, id *ast.Ident, ts *ast.TypeSpec) {
	e.Refuse(id.Pos(), "the interpreter declares no type alias inside a function, and socklab cannot write %s out here as the type it stands for: declare %s at the top level, or write %s", id.Name, id.Name, types.ExprString(ts.Type))
}

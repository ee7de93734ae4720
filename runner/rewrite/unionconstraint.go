package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// The interpreter fails to compile (a nil pointer dereference) an
// instance of a generic type whose constraint is an interface of a union
// of types, named or written as interface{...} (type Ordered interface{
// ~int | ~string }, cmp.Ordered), where its type argument is a type of a
// compiled package: one of Go's library (time.Duration), or a named basic
// type of the script, which the rewrite makes lift's (pass basicnamed).
// The bare union as the constraint it compiles. The generic types that
// pass generics leaves generic, those whose instances a struct embeds
// (see embeddedGenerics), get their constraint written out so:
//
//	type Set[T Ordered] struct{ ... }   =>   type Set[T ~int | ~string] struct{ ... }
func unionConstraints(p *Package, f *ast.File, e *Editor) {
	kept := embeddedGenerics(p)
	if len(kept) == 0 {
		return
	}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok {
			continue
		}
		for _, s := range g.Specs {
			ts, ok := s.(*ast.TypeSpec)
			if !ok || ts.TypeParams == nil {
				continue
			}
			if tn, ok := p.Info.Defs[ts.Name].(*types.TypeName); !ok || !kept[tn] {
				continue
			}
			for _, fld := range ts.TypeParams.List {
				if union, ok := unionOf(p, f, fld.Type); ok {
					e.Replace(fld.Type.Pos(), fld.Type.End(), union)
				}
			}
		}
	}
}

// unionOf returns the union that c, a constraint, holds as its only
// element (an interface without methods), spelled in f; false where c is
// a union already, or has methods, or a term has no name here.
func unionOf(p *Package, f *ast.File, c ast.Expr) (string, bool) {
	if _, bare := c.(*ast.BinaryExpr); bare {
		return "", false
	}
	if u, ok := c.(*ast.UnaryExpr); ok && u.Op == token.TILDE {
		return "", false
	}
	t := p.Info.TypeOf(c)
	if t == nil {
		return "", false
	}
	it, ok := t.Underlying().(*types.Interface)
	if !ok || it.NumMethods() != 0 || it.NumEmbeddeds() != 1 {
		return "", false
	}
	u, ok := it.EmbeddedType(0).(*types.Union)
	if !ok {
		return "", false
	}
	terms := make([]string, u.Len())
	for i := range u.Len() {
		name, ok := typeName(p, f, u.Term(i).Type(), false)
		if !ok {
			return "", false
		}
		if u.Term(i).Tilde() {
			name = "~" + name
		}
		terms[i] = name
	}
	return strings.Join(terms, " | "), true
}

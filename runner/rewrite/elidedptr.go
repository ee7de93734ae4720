package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"
)

// An element or key of a slice, array or map literal may leave out the
// &T of a pointer element type: fstest.MapFS{"a": {Data: b}} stands for
// &fstest.MapFile{Data: b}. The interpreter takes the element type of a
// compiled map or slice type (fstest.MapFS, or a script type declared as
// one, type FS fstest.MapFS) from reflect, without the type it points to,
// and its compile panics on such an element. This pass writes the &T out
// there, with the column of the brace kept:
//
//	fstest.MapFS{"a": {Data: b}}   =>   fstest.MapFS{"a": &_sl1.MapFile/*line :9:20*/{Data: b}}
//
// Literals of a type literal ([]*T, map[string]*T) or of a script type
// declared as one (type M map[string]*T) hold the element type the
// interpreter needs, and are left as they are, but where T is an array,
// a slice or a map ([]*[2]int{{1, 2}}): the interpreter converts the
// elements of the inner literal to T itself, and fails.

func elidedPointers(p *Package, f *ast.File, e *Editor) {
	literals := literalTypes(p)
	ast.Inspect(f, func(n ast.Node) bool {
		lit, ok := n.(*ast.CompositeLit)
		if !ok {
			return true
		}
		t := p.Info.TypeOf(lit)
		if t == nil {
			return true
		}
		all := fromReflect(t, literals)
		var key, elem types.Type
		switch u := t.Underlying().(type) {
		case *types.Map:
			key, elem = u.Key(), u.Elem()
		case *types.Slice:
			elem = u.Elem()
		case *types.Array:
			elem = u.Elem()
		default:
			return true
		}
		for _, x := range lit.Elts {
			if kv, ok := x.(*ast.KeyValueExpr); ok {
				if key != nil && (all || toComposite(key)) {
					explicitPointer(p, f, e, kv.Key, key)
				}
				x = kv.Value
			}
			if all || toComposite(elem) {
				explicitPointer(p, f, e, x, elem)
			}
		}
		return true
	})
}

// toComposite reports whether t is a pointer to an array, a slice or a
// map, whose elided &T the interpreter does not take.
func toComposite(t types.Type) bool {
	ptr, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	switch ptr.Elem().Underlying().(type) {
	case *types.Array, *types.Slice, *types.Map:
		return true
	}
	return false
}

// explicitPointer writes out the &T of x, an element or key of type t,
// where x is a composite literal that leaves it out.
func explicitPointer(p *Package, f *ast.File, e *Editor, x ast.Expr, t types.Type) {
	lit, ok := x.(*ast.CompositeLit)
	if !ok || lit.Type != nil {
		return
	}
	ptr, ok := types.Unalias(t).(*types.Pointer)
	if !ok || hasTypeParam(ptr.Elem()) {
		return
	}
	name := libraryTypeName(p, f, e, ptr.Elem())
	at := p.Fset.Position(lit.Lbrace)
	e.Insert(lit.Lbrace, fmt.Sprintf("&%s/*line :%d:%d*/", name, at.Line, at.Column))
}

// fromReflect reports whether the interpreter takes the element types of
// a literal of type t from reflect: t is a named type of Go's library, or
// a type the script declares as another named type, not as a type
// literal. literals holds the script's named types declared as a literal.
func fromReflect(t types.Type, literals map[*types.TypeName]bool) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && !literals[n.Obj()] && !literals[n.Origin().Obj()]
}

// literalTypes returns the named types of p declared as a type literal
// (type M map[string]*T), whose literals the interpreter builds from the
// script's own types.
func literalTypes(p *Package) map[*types.TypeName]bool {
	out := map[*types.TypeName]bool{}
	for _, f := range p.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if !ok || ts.Assign.IsValid() {
				return true
			}
			switch ts.Type.(type) {
			case *ast.MapType, *ast.ArrayType:
				if tn, ok := p.Info.Defs[ts.Name].(*types.TypeName); ok {
					out[tn] = true
				}
			}
			return true
		})
	}
	return out
}

package rewrite

import (
	"go/ast"
	"go/types"
	"strings"
)

// typeName spells t as source in file f: in the package's own terms, with
// imported packages by the names f imports them under. atFile asks for a
// spelling that holds at the top level of the file, which rules out types
// declared inside a function and type parameters. ok is false where there
// is no such spelling.
func typeName(p *Package, f *ast.File, t types.Type, atFile bool) (name string, ok bool) {
	if n, isNamed := types.Unalias(t).(*types.Named); isNamed && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "iter" {
		t = n.Underlying() // iter.Seq[V] is a func(yield func(V) bool), and the interpreter has no iter
	}
	ok = true
	if atFile {
		ok = !localTypes(p, t, map[types.Type]bool{})
	}
	names := importNames(p, f)
	name = spellType(p, p.copies.spelled(t), func(pkg *types.Package) string {
		if pkg == p.Types {
			return ""
		}
		n, found := names[pkg.Path()]
		if !found {
			ok = false
		}
		return n
	})
	return name, ok && !strings.Contains(name, "invalid type")
}

// libraryTypeName is the text of t in f, where t names only types of the
// package and of Go's library, whose packages f may not import: the
// edits import them (Editor.ImportLibrary).
func libraryTypeName(p *Package, f *ast.File, e *Editor, t types.Type) string {
	names := importNames(p, f)
	return spellType(p, t, func(pkg *types.Package) string {
		if pkg == p.Types {
			return ""
		}
		if n, ok := names[pkg.Path()]; ok {
			return n
		}
		return e.ImportLibrary(pkg.Path())
	})
}

// importNames maps each package f imports to the name f gives it.
func importNames(p *Package, f *ast.File) map[string]string {
	names := map[string]string{}
	for _, imp := range f.Imports {
		var obj types.Object
		if imp.Name != nil {
			obj = p.Info.Defs[imp.Name]
		} else {
			obj = p.Info.Implicits[imp]
		}
		if pn, ok := obj.(*types.PkgName); ok && pn.Name() != "_" && pn.Name() != "." {
			names[pn.Imported().Path()] = pn.Name()
		}
	}
	return names
}

// localTypes reports whether t mentions a type declared inside a function
// or a type parameter.
func localTypes(p *Package, t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t := t.(type) {
	case *types.TypeParam:
		return true
	case *types.Named:
		obj := t.Obj()
		if obj.Pkg() == p.Types && obj.Parent() != p.Types.Scope() {
			return true
		}
		if args := t.TypeArgs(); args != nil {
			for i := range args.Len() {
				if localTypes(p, args.At(i), seen) {
					return true
				}
			}
		}
		return false
	case *types.Alias:
		return localTypes(p, types.Unalias(t), seen)
	case *types.Pointer:
		return localTypes(p, t.Elem(), seen)
	case *types.Slice:
		return localTypes(p, t.Elem(), seen)
	case *types.Array:
		return localTypes(p, t.Elem(), seen)
	case *types.Map:
		return localTypes(p, t.Key(), seen) || localTypes(p, t.Elem(), seen)
	case *types.Chan:
		return localTypes(p, t.Elem(), seen)
	case *types.Struct:
		for i := range t.NumFields() {
			if localTypes(p, t.Field(i).Type(), seen) {
				return true
			}
		}
	case *types.Signature:
		for _, tup := range []*types.Tuple{t.Params(), t.Results()} {
			for i := range tup.Len() {
				if localTypes(p, tup.At(i).Type(), seen) {
					return true
				}
			}
		}
	}
	return false
}

// rangeOver returns what a range loop ranges over: "int", "func", "chans"
// (a slice, array or map of channels, with a value variable), "string"
// (with an index variable, see pass rangestring) or "".
func rangeOver(p *Package, loop *ast.RangeStmt) string {
	t := p.Info.TypeOf(loop.X)
	if t == nil {
		return ""
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		if u.Info()&types.IsInteger != 0 {
			return "int"
		}
		if rangesStringIndex(p, loop, u) {
			return "string"
		}
	case *types.Signature:
		return "func"
	case *types.Slice, *types.Array, *types.Map:
		if loop.Value != nil && chanElems(u) {
			return "chans"
		}
	}
	return ""
}

// chanElems reports whether the elements of t, a slice, array or map, are
// channels.
func chanElems(t types.Type) bool {
	var elem types.Type
	switch u := t.(type) {
	case *types.Slice:
		elem = u.Elem()
	case *types.Array:
		elem = u.Elem()
	case *types.Map:
		elem = u.Elem()
	default:
		return false
	}
	_, ok := elem.Underlying().(*types.Chan)
	return ok
}

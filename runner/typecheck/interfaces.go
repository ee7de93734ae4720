package typecheck

import (
	"go/types"
	"slices"
)

// InterfacePackages returns the import paths of the compiled packages that
// declare an interface type the checked packages meet: in the type of an
// expression (a compiled function's parameters and results, a field it
// selects) or of a name it uses (a field of a struct literal). The
// interpreter hands a script's value, or an untyped nil, to compiled code
// as such an interface through a wrapper that it looks up in the
// interface's own package: that package must be loaded even where the
// script does not import it (fmt.Fprintln(w, ...) needs io's Writer,
// http.NewRequest(..., nil) io's Reader).
func InterfacePackages(pkgs []*Package) []string {
	own := map[*types.Package]bool{}
	for _, p := range pkgs {
		own[p.Types] = true
	}
	w := interfaceWalk{own: own, seen: map[types.Type]bool{}, found: map[string]bool{}}
	for _, p := range pkgs {
		if p.Info == nil {
			continue
		}
		for _, tv := range p.Info.Types {
			w.walk(tv.Type)
		}
		for _, obj := range p.Info.Uses {
			if v, ok := obj.(*types.Var); ok && v.IsField() {
				w.walk(v.Type())
			}
		}
	}
	var paths []string
	for path := range w.found {
		paths = append(paths, path)
	}
	slices.Sort(paths)
	return paths
}

// interfaceWalk collects the packages of the named interface types in a
// type, through composite types and signatures but not into the fields
// of named structs: a field matters only where the script uses it.
type interfaceWalk struct {
	own   map[*types.Package]bool
	seen  map[types.Type]bool
	found map[string]bool
}

func (w *interfaceWalk) walk(t types.Type) {
	if t == nil || w.seen[t] {
		return
	}
	w.seen[t] = true
	switch t := t.(type) {
	case *types.Alias:
		w.walk(types.Unalias(t))
	case *types.Named:
		pkg := t.Obj().Pkg()
		if pkg != nil && !w.own[pkg] && types.IsInterface(t) {
			w.found[pkg.Path()] = true
		}
		if args := t.TypeArgs(); args != nil {
			for i := range args.Len() {
				w.walk(args.At(i))
			}
		}
	case *types.Pointer:
		w.walk(t.Elem())
	case *types.Slice:
		w.walk(t.Elem())
	case *types.Array:
		w.walk(t.Elem())
	case *types.Chan:
		w.walk(t.Elem())
	case *types.Map:
		w.walk(t.Key())
		w.walk(t.Elem())
	case *types.Tuple:
		for i := range t.Len() {
			w.walk(t.At(i).Type())
		}
	case *types.Signature:
		w.walk(t.Params())
		w.walk(t.Results())
	}
}

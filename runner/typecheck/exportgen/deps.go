package exportgen

import (
	"go/types"
	"slices"
	"strings"
)

// Deps returns, for each object a package's export data declares, the
// other objects of the same package that its declaration names: the types
// in a function's signature, a type's underlying type and methods, a
// constant's or variable's type. One line per object that names any,
// "Name Dep1 Dep2 ...", in name order.
//
// A script process reads only the declarations a script names and what
// they name in turn (see typecheck's lazy import), instead of the whole
// package: these lines are what it follows. Type parameters are declared
// under their owner's name ("Map.K") and go with it.
func Deps(pkg *types.Package) string {
	var b strings.Builder
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		d := depWalker{pkg: pkg, seen: map[types.Type]bool{}, deps: map[string]bool{}}
		d.object(scope.Lookup(name))
		delete(d.deps, name)
		if len(d.deps) == 0 {
			continue
		}
		names := make([]string, 0, len(d.deps))
		for n := range d.deps {
			names = append(names, n)
		}
		slices.Sort(names)
		b.WriteString(name)
		for _, n := range names {
			b.WriteByte(' ')
			b.WriteString(n)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// depWalker collects the names of pkg's objects that a declaration reaches
// through its types, stopping at each named type of pkg (its own line
// follows it further).
type depWalker struct {
	pkg  *types.Package
	seen map[types.Type]bool
	deps map[string]bool
}

func (d *depWalker) object(obj types.Object) {
	switch obj := obj.(type) {
	case *types.TypeName:
		if alias, ok := obj.Type().(*types.Alias); ok {
			d.tparams(alias.TypeParams())
			d.typ(alias.Rhs())
			return
		}
		named, ok := obj.Type().(*types.Named)
		if !ok {
			d.typ(obj.Type())
			return
		}
		d.seen[named] = true
		d.tparams(named.TypeParams())
		d.typ(named.Underlying())
		for m := range named.Methods() {
			d.typ(m.Type())
		}
	default:
		d.typ(obj.Type())
	}
}

func (d *depWalker) name(obj types.Object) {
	if obj != nil && obj.Pkg() == d.pkg {
		d.deps[obj.Name()] = true
	}
}

func (d *depWalker) tparams(list *types.TypeParamList) {
	for tp := range list.TypeParams() {
		d.typ(tp.Constraint())
	}
}

func (d *depWalker) tuple(t *types.Tuple) {
	for v := range t.Variables() {
		d.typ(v.Type())
	}
}

func (d *depWalker) typ(t types.Type) {
	if t == nil || d.seen[t] {
		return
	}
	d.seen[t] = true
	switch t := t.(type) {
	case *types.Named:
		d.name(t.Obj())
		for a := range t.TypeArgs().Types() {
			d.typ(a)
		}
	case *types.Alias:
		d.name(t.Obj())
		for a := range t.TypeArgs().Types() {
			d.typ(a)
		}
		d.typ(t.Rhs())
	case *types.Pointer:
		d.typ(t.Elem())
	case *types.Slice:
		d.typ(t.Elem())
	case *types.Array:
		d.typ(t.Elem())
	case *types.Chan:
		d.typ(t.Elem())
	case *types.Map:
		d.typ(t.Key())
		d.typ(t.Elem())
	case *types.Struct:
		for f := range t.Fields() {
			d.typ(f.Type())
		}
	case *types.Signature:
		d.tparams(t.TypeParams())
		d.tparams(t.RecvTypeParams())
		d.tuple(t.Params())
		d.tuple(t.Results())
	case *types.Interface:
		for m := range t.ExplicitMethods() {
			d.typ(m.Type())
		}
		for e := range t.EmbeddedTypes() {
			d.typ(e)
		}
	case *types.Union:
		for i := range t.Len() {
			d.typ(t.Term(i).Type())
		}
	case *types.TypeParam:
		d.typ(t.Constraint())
	}
}

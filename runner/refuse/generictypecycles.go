package refuse

import (
	"go/ast"
	"go/types"
)

// The interpreter builds the type of an instance of a generic type by
// building the types of its fields, and one whose fields hold an instance
// of itself again it builds without end until its stack is full (Go's
// "stack overflow", with no line of the script), where the generic type
// has two type parameters or more (type node[K, V any] struct{ left
// *node[K, V] }), or where two generic types hold each other (node[K]
// holds *pair[K], which holds *node[K]). One of a single type parameter
// that holds itself alone (type List[T any] struct{ next *List[T] }) it
// builds. This check refuses such a type, at its declaration, where the
// package instantiates it, or a generic type or function that holds it,
// with type arguments of its own (node[string, int], NewTree[string,
// int]()).
func genericTypeCycles(r *reporter) {
	generic := map[*types.TypeName]*ast.TypeSpec{}
	for _, f := range r.files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, s := range gd.Specs {
				ts, ok := s.(*ast.TypeSpec)
				if !ok || ts.TypeParams == nil {
					continue
				}
				if tn, ok := r.info.Defs[ts.Name].(*types.TypeName); ok {
					generic[tn] = ts
				}
			}
		}
	}
	if len(generic) == 0 {
		return
	}
	// holds[G] are the generic types of the package whose instances G's
	// underlying type holds.
	holds := map[*types.TypeName]map[*types.TypeName]bool{}
	for tn := range generic {
		holds[tn] = map[*types.TypeName]bool{}
		genericIn(tn.Type().Underlying(), generic, holds[tn])
	}
	reaches := func(from, to *types.TypeName) bool {
		seen := map[*types.TypeName]bool{}
		var walk func(t *types.TypeName) bool
		walk = func(t *types.TypeName) bool {
			for h := range holds[t] {
				if h == to {
					return true
				}
				if !seen[h] {
					seen[h] = true
					if walk(h) {
						return true
					}
				}
			}
			return false
		}
		return walk(from)
	}
	var bad []*types.TypeName
	for tn := range generic {
		params := tn.Type().(*types.Named).TypeParams().Len()
		if holds[tn][tn] && params >= 2 {
			bad = append(bad, tn)
			continue
		}
		for h := range holds[tn] {
			if h != tn && reaches(h, tn) {
				bad = append(bad, tn)
				break
			}
		}
	}
	if len(bad) == 0 {
		return
	}
	// built are the generic types whose instances hold a bad one.
	built := map[*types.TypeName]bool{}
	for tn := range generic {
		for _, b := range bad {
			if tn == b || reaches(tn, b) {
				built[tn] = true
			}
		}
	}
	if !r.instantiates(built) {
		return
	}
	for _, b := range bad {
		other := ""
		for h := range holds[b] {
			if h != b && reaches(h, b) {
				other = h.Name()
				break
			}
		}
		what := "a generic type of two type parameters or more that holds an instance of itself"
		if other != "" {
			what = "a generic type that holds an instance of " + other + ", which holds one of " + b.Name() + " in turn"
		}
		r.refuse(generic[b].Name.Pos(), "the interpreter cannot build the instances of %s, %s: it builds the instance's fields without end, until its stack is full; declare %s without type parameters, for the types the program uses", b.Name(), what, b.Name())
	}
}

// genericIn adds to found the generic types of the package (in generic)
// whose instances t holds.
func genericIn(t types.Type, generic map[*types.TypeName]*ast.TypeSpec, found map[*types.TypeName]bool) {
	typeParts(t, func(t types.Type) {
		if n, ok := t.(*types.Named); ok {
			if _, ok := generic[n.Origin().Obj()]; ok {
				found[n.Origin().Obj()] = true
			}
		}
	})
}

// typeParts calls visit with t and each type t is made of, through
// pointers, slices, maps, channels, functions, fields and type arguments,
// but not inside a named type's own declaration.
func typeParts(t types.Type, visit func(types.Type)) {
	seen := map[types.Type]bool{}
	var walk func(t types.Type)
	walk = func(t types.Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		visit(t)
		switch u := types.Unalias(t).(type) {
		case *types.Named:
			for i := 0; i < u.TypeArgs().Len(); i++ {
				walk(u.TypeArgs().At(i))
			}
		case *types.Pointer:
			walk(u.Elem())
		case *types.Slice:
			walk(u.Elem())
		case *types.Array:
			walk(u.Elem())
		case *types.Chan:
			walk(u.Elem())
		case *types.Map:
			walk(u.Key())
			walk(u.Elem())
		case *types.Struct:
			for i := 0; i < u.NumFields(); i++ {
				walk(u.Field(i).Type())
			}
		case *types.Signature:
			walk(u.Params())
			walk(u.Results())
		case *types.Tuple:
			for i := 0; i < u.Len(); i++ {
				walk(u.At(i).Type())
			}
		case *types.Interface:
			for i := 0; i < u.NumMethods(); i++ {
				walk(u.Method(i).Type())
			}
		}
	}
	walk(t)
}

// instantiates reports whether the package instantiates one of the
// generic types in built with type arguments that are no type parameters
// (node[string, int]), or a generic function whose signature or body
// names one (NewTree[string, int]()).
func (r *reporter) instantiates(built map[*types.TypeName]bool) bool {
	for id, inst := range r.info.Instances {
		concrete := true
		for i := 0; i < inst.TypeArgs.Len(); i++ {
			typeParts(inst.TypeArgs.At(i), func(t types.Type) {
				if _, ok := t.(*types.TypeParam); ok {
					concrete = false
				}
			})
		}
		if !concrete {
			continue
		}
		holds := false
		typeParts(inst.Type, func(t types.Type) {
			if n, ok := t.(*types.Named); ok && built[n.Origin().Obj()] {
				holds = true
			}
		})
		if holds {
			return true
		}
		if fn, ok := r.info.Uses[id].(*types.Func); ok && r.bodyNames(fn.Origin(), built) {
			return true
		}
	}
	return false
}

// bodyNames reports whether the declaration of fn, a function of the
// package, names one of the types in built.
func (r *reporter) bodyNames(fn *types.Func, built map[*types.TypeName]bool) bool {
	for _, f := range r.files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || r.info.Defs[fd.Name] != fn || fd.Body == nil {
				continue
			}
			found := false
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok {
					if tn, ok := r.info.Uses[id].(*types.TypeName); ok && built[tn] {
						found = true
					}
				}
				return !found
			})
			return found
		}
	}
	return false
}

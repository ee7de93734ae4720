package rewrite

import (
	"go/types"
	"slices"
)

// The interpreter builds the type of an instance of a generic type by
// building the types of its fields, and one whose fields hold an instance
// of itself again it builds without end until its stack is full (Go's
// "stack overflow", with no line of the script), where the generic type
// has two type parameters or more (type node[K, V any] struct{ left
// *node[K, V] }: it tells the instance it is building only in an index
// of one type argument), or where two generic types hold each other
// (node[K] holds *pair[K], which holds *node[K]). One of a single type
// parameter that holds itself alone (type List[T any] struct{ next
// *List[T] }) it builds.

// A cyclicGeneric is a generic type that the interpreter builds without
// end, and the other generic type through whose instances its instances
// hold one of it again (nil where they hold one directly).
type cyclicGeneric struct {
	tn, through *types.TypeName
}

// cyclicGenerics returns the generic types declared at pkg's top level
// that the interpreter builds without end (bad), and those whose
// instances hold an instance of one, bad ones included (held).
func cyclicGenerics(pkg *types.Package) (bad []cyclicGeneric, held map[*types.TypeName]bool) {
	generic := map[*types.TypeName]bool{}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() {
			if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
				generic[tn] = true
			}
		}
	}
	if len(generic) == 0 {
		return nil, nil
	}
	// holds[G] are the generic types of the package whose instances G's
	// underlying type holds.
	holds := map[*types.TypeName]map[*types.TypeName]bool{}
	for tn := range generic {
		holds[tn] = map[*types.TypeName]bool{}
		typeParts(tn.Type().Underlying(), func(t types.Type) {
			if n, ok := t.(*types.Named); ok && generic[n.Origin().Obj()] {
				holds[tn][n.Origin().Obj()] = true
			}
		})
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
	for tn := range generic {
		var through *types.TypeName
		for h := range holds[tn] {
			if h != tn && reaches(h, tn) && (through == nil || h.Pos() < through.Pos()) {
				through = h
			}
		}
		if through != nil || holds[tn][tn] && tn.Type().(*types.Named).TypeParams().Len() >= 2 {
			bad = append(bad, cyclicGeneric{tn, through})
		}
	}
	slices.SortFunc(bad, func(a, b cyclicGeneric) int { return int(a.tn.Pos() - b.tn.Pos()) })
	held = map[*types.TypeName]bool{}
	for tn := range generic {
		for _, b := range bad {
			if tn == b.tn || reaches(tn, b.tn) {
				held[tn] = true
			}
		}
	}
	return bad, held
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

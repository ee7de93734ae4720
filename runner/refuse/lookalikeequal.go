package refuse

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/socklab/socklab/runner/rewrite"
)

// lookalikeEquals refuses comparing an interface with another or with a
// value (==, !=, a switch's cases), and keying a map by an interface,
// where what the interfaces may hold the interpreter makes one type at
// run time (it keeps no type names), which Go tells apart by its type:
//
//   - a type declared on a basic type that runner/rewrite does not make a
//     type of lift's pool (type Mode uint8 with a pointer method) is that
//     basic type at run time, so an interface holding Mode(1) was equal to
//     one holding uint8(1), or a Flag(1) of the same kind, and they were
//     one key of a map keyed by any, where Go's types differ;
//   - a type that cannot be compared (type Path []string), whose runtime
//     form another type of the package's values has too (a []string), so
//     that pass uncomparable cannot name it: comparing two interfaces that
//     hold one panicked naming the form (comparing uncomparable type
//     []string, where Go names main.Path), and so did hashing one as a
//     map's key, and comparing one with the other type's value panicked,
//     where Go's == is false.
//
// What an interface may hold is what the package converts to it (see
// ifaceHeld).
func lookalikeEquals(r *reporter) {
	var unnamed map[types.Type]types.Type // the uncomparable types, with a type of their runtime form
	var origins *valueOrigins
	holds := func(e ast.Expr) []types.Type {
		if origins == nil {
			origins = newValueOrigins(r)
		}
		return origins.of(e)
	}
	uncomparable := func(ts []types.Type) (types.Type, types.Type) {
		if unnamed == nil {
			unnamed = map[types.Type]types.Type{}
			for _, c := range rewrite.UnnamedUncomparables(r.files, r.pkg, r.info) {
				unnamed[c[0]] = c[1]
			}
		}
		for _, t := range ts {
			for u, other := range unnamed {
				if types.Identical(t, u) {
					return u, other
				}
			}
		}
		return nil, nil
	}
	// compared checks x compared with y, one of them an interface.
	compared := func(at token.Pos, what string, x, y ast.Expr) bool {
		tx, ty := r.typeOf(x), r.typeOf(y)
		if tx == nil || ty == nil || r.info.Types[x].IsNil() || r.info.Types[y].IsNil() {
			return false
		}
		xs, ys := []types.Type{tx}, []types.Type{ty}
		switch {
		case types.IsInterface(tx) && types.IsInterface(ty):
			xs, ys = holds(x), holds(y)
		case types.IsInterface(tx) && r.basicNamedType(ty):
			// the interpreter's == of Mode(1) with an interface holding
			// uint8(1) is true; of uint8(1) with one holding Mode(1), false
			xs = holds(x)
		case types.IsInterface(ty) && r.basicNamedType(tx):
			ys = holds(y)
		default:
			return false
		}
		if a, b := basicLookalikes(r, xs, ys); a != nil {
			r.refuse(at, "the interpreter makes %s and %s one type at run time (it keeps no type names), so %s finds an interface holding %s equal to one holding %s of the same value, where Go's types differ: %s", r.typeString(a), r.typeString(b), what, withArticle(r.typeString(a)), withArticle(r.typeString(b)), r.insteadOfBasic(a))
			return true
		}
		if !types.IsInterface(tx) || !types.IsInterface(ty) {
			return false
		}
		for _, ts := range [][]types.Type{xs, ys} {
			if u, other := uncomparable(ts); u != nil {
				r.refuse(at, "the interpreter makes %s and %s one type at run time (it keeps no type names), so %s of interfaces that hold %s panics naming %s (comparing uncomparable type %s) where Go names %s, and one holding %s beside one holding %s panics where Go's is false: compare %s values with a function of your own (slices.Equal, maps.Equal), not as interfaces", r.typeString(u), r.typeString(other), what, withArticle(r.typeString(u)), r.typeString(other), r.typeString(other), types.TypeString(u, nil), withArticle(r.typeString(u)), withArticle(r.typeString(other)), r.typeString(u))
				return true
			}
		}
		return false
	}
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				compared(n.OpPos, "this "+n.Op.String(), n.X, n.Y)
			}
		case *ast.SwitchStmt:
			if n.Tag == nil {
				return true
			}
			for _, c := range n.Body.List {
				for _, e := range c.(*ast.CaseClause).List {
					if compared(e.Pos(), "this switch's case", n.Tag, e) {
						return true
					}
				}
			}
		case *ast.MapType:
			key := r.typeOf(n.Key)
			if key == nil || !types.IsInterface(key) {
				return true
			}
			if _, ok := types.Unalias(key).(*types.TypeParam); ok {
				return true
			}
			if origins == nil {
				origins = newValueOrigins(r)
			}
			ks := r.mapKeys(key, origins)
			name := r.typeString(key)
			if a, b := basicLookalikes(r, ks, ks); a != nil {
				r.refuse(n.Key.Pos(), "the interpreter makes %s and %s one type at run time (it keeps no type names), so a map keyed by %s holds %s and %s of the same value as one key, where Go's types differ: %s", r.typeString(a), r.typeString(b), name, withArticle(r.typeString(a)), withArticle(r.typeString(b)), r.insteadOfBasic(a))
			} else if u, other := uncomparable(ks); u != nil {
				r.refuse(n.Key.Pos(), "the interpreter makes %s and %s one type at run time (it keeps no type names), so hashing %s as a key of a map keyed by %s panics naming %s (hash of unhashable type %s) where Go names %s: key the map by a comparable value made of it (strings.Join, fmt.Sprint)", r.typeString(u), r.typeString(other), withArticle(r.typeString(u)), name, r.typeString(other), r.typeString(other), types.TypeString(u, nil))
			}
		}
		return true
	})
}

// heldValues returns the types of the values that an interface of type t
// may hold: those the package converts to it (and to the key of a map
// keyed by it, in an index or a map literal, see mapKeys), and what the
// interfaces converted to it hold.
func (r *reporter) heldValues(t types.Type) []types.Type {
	h := r.held()
	var out []types.Type
	seen := map[types.Type]bool{}
	var walk func(t types.Type)
	walk = func(t types.Type) {
		for _, s := range append(h.sources(t), r.mapKeys(t, nil)...) {
			if seen[s] {
				continue
			}
			seen[s] = true
			if types.IsInterface(s) {
				walk(s)
				continue
			}
			out = append(out, types.Default(s))
		}
	}
	walk(t)
	return out
}

// basicLookalikes returns a type of xs and one of ys that the interpreter
// makes one basic type at run time and Go does not: one of them declared
// by the package on a basic type and not of lift's pool, the other that
// basic type or another such type on it.
func basicLookalikes(r *reporter, xs, ys []types.Type) (types.Type, types.Type) {
	for _, a := range xs {
		for _, b := range ys {
			fa, fb := basicForm(r, a), basicForm(r, b)
			if fa == nil || fa != fb || types.Identical(a, b) {
				continue
			}
			if r.basicNamedType(a) {
				return a, b
			}
			if r.basicNamedType(b) {
				return b, a
			}
		}
	}
	return nil, nil
}

// basicForm returns the basic type that t is at run time: itself, or the
// underlying type of one that basicNamedType reports; nil for others.
func basicForm(r *reporter, t types.Type) *types.Basic {
	if b, ok := types.Unalias(types.Default(t)).(*types.Basic); ok {
		return types.Typ[b.Kind()]
	}
	if r.basicNamedType(t) {
		return types.Typ[t.Underlying().(*types.Basic).Kind()]
	}
	return nil
}

// basicNamedType reports whether t is a type the package declares on a
// basic type that the interpreter makes that basic type at run time (not
// one of lift's pool).
func (r *reporter) basicNamedType(t types.Type) bool {
	if !r.declared(t) {
		return false
	}
	_, ok := t.Underlying().(*types.Basic)
	return ok && !rewrite.Pooled(types.Unalias(t).(*types.Named).Obj())
}

// mapKeys returns the types of the keys that the package's indexes and
// literals of maps keyed by the interface t convert to it, and, where
// origins is not nil, of what its keys of interface types may hold.
func (r *reporter) mapKeys(t types.Type, origins *valueOrigins) []types.Type {
	var out []types.Type
	keyed := func(m ast.Expr) bool {
		mt, ok := types.Unalias(r.typeOf(m)).(*types.Map)
		if !ok {
			if tt := r.typeOf(m); tt != nil {
				mt, ok = tt.Underlying().(*types.Map)
			}
		}
		return ok && types.Identical(mt.Key(), t)
	}
	add := func(k ast.Expr) {
		kt := r.typeOf(k)
		switch {
		case kt == nil || r.info.Types[k].IsNil():
		case !types.IsInterface(kt):
			out = append(out, types.Default(kt))
		case origins != nil:
			out = append(out, origins.of(k)...)
		}
	}
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		switch n := n.(type) {
		case *ast.IndexExpr:
			if keyed(n.X) {
				add(n.Index)
			}
		case *ast.CompositeLit:
			if keyed(n) {
				for _, el := range n.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok {
						add(kv.Key)
					}
				}
			}
		}
		return true
	})
	return out
}

package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
)

// gc stores a map literal's entry, and assigns m[k] = v, as its order
// pass writes them: the calls, receives, assertions and slices inside k
// first, then, where the runtime takes the key by its address and k is
// not a variable, an element or a field that it can point at, all of k
// (-x, x + 1, P{x}, s[0] of a string); then all of v; only then the rest
// of k (x, s[i], p.X, -x of an int key: what it passes to mapassign by
// value). The interpreter reads a key that is a variable or a field of
// one after v's calls, and evaluates any other key before them, so a key
// that reads what v's call changes differs: map[int]int{-x: f()} where
// f changes x. gcSizes are gc's sizes, which choose the runtime's path.
var gcSizes = types.SizesFor("gc", "amd64")

// mapMaxElemBytes is the size of a map's element above which gc takes the
// runtime's generic path for any key type (internal/abi.MapMaxElemBytes).
const mapMaxElemBytes = 128

// keyLate reports whether gc reads key, an entry's key of a map of type
// m, after the entry's value (its calls, receives and slices apart,
// which keyHoles lists): where mapassign takes the key by value (a key
// type of 4 or 8 bytes of integer, pointer or string kind), or by its
// address and key has one.
func (o orderOf) keyLate(m *types.Map, key ast.Expr) bool {
	key = ast.Unparen(key)
	if o.hole(key) {
		return false // evaluated whole into a temporary first
	}
	if types.IsInterface(m.Key()) && !types.IsInterface(o.info.TypeOf(key)) {
		return false // its conversion to the interface is a temporary
	}
	if hasTypeParam(m.Key()) || hasTypeParam(m.Elem()) {
		// Each instance's types choose gc's path, and go/types has no
		// size for a type parameter (Sizeof panicked, so socklab stopped
		// with its own stack trace at m[k] = v in a generic function):
		// the interpreter's order, which the other key types share.
		return o.addressable(key)
	}
	if gcSizes.Sizeof(m.Elem()) <= mapMaxElemBytes {
		switch u := m.Key().Underlying().(type) {
		case *types.Basic:
			size := gcSizes.Sizeof(u)
			switch {
			case u.Info()&types.IsString != 0:
				return true
			case u.Info()&types.IsInteger != 0 && (size == 4 || size == 8), u.Kind() == types.UnsafePointer:
				return true
			}
		case *types.Pointer, *types.Chan:
			return true
		case *types.Struct, *types.Array:
			if size := gcSizes.Sizeof(u); (size == 4 || size == 8) && memoryOnly(u) {
				return false // copied into an integer first
			}
		}
	}
	return o.addressable(key)
}

// memoryOnly reports whether gc compares values of t as plain memory: no
// floats, strings or interfaces, no padding and no blank fields.
func memoryOnly(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&(types.IsFloat|types.IsComplex|types.IsString) == 0
	case *types.Pointer, *types.Chan:
		return true
	case *types.Array:
		return memoryOnly(u.Elem())
	case *types.Struct:
		fields := make([]*types.Var, u.NumFields())
		for i := range fields {
			fields[i] = u.Field(i)
		}
		offsets := gcSizes.Offsetsof(fields)
		var next int64
		for i, f := range fields {
			if f.Name() == "_" || offsets[i] != next || !memoryOnly(f.Type()) {
				return false
			}
			next += gcSizes.Sizeof(f.Type())
		}
		return next == gcSizes.Sizeof(u)
	}
	return false
}

// addressable reports whether gc can take x's address where it is: a
// variable, an element of a slice or of an addressable array, a field of
// an addressable struct or through a pointer, a pointed-to variable.
func (o orderOf) addressable(x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		_, v := o.info.Uses[x].(*types.Var)
		return v
	case *ast.IndexExpr:
		switch o.under(x.X).(type) {
		case *types.Slice, *types.Pointer:
			return true
		case *types.Array:
			return o.addressable(x.X)
		}
	case *ast.StarExpr:
		return true
	case *ast.SelectorExpr:
		sel := o.info.Selections[x]
		if sel == nil {
			_, v := o.info.Uses[x.Sel].(*types.Var)
			return v
		}
		return sel.Kind() == types.FieldVal && (sel.Indirect() || o.addressable(x.X))
	}
	return false
}

// hole reports whether gc evaluates x into a temporary of its own as soon
// as its order pass meets it: a call (not a conversion nor a builtin that
// changes nothing), a receive, a type assertion, a slice expression.
func (o orderOf) hole(x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.CallExpr:
		return !o.quietCall(x)
	case *ast.UnaryExpr:
		return x.Op == token.ARROW
	case *ast.TypeAssertExpr, *ast.SliceExpr:
		return true
	}
	return false
}

// keyHoles returns the outermost subexpressions of key that gc evaluates
// before the entry's value (see hole), in order.
func (o orderOf) keyHoles(key ast.Expr) []ast.Expr {
	var out []ast.Expr
	ast.Inspect(key, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case ast.Expr:
			if o.hole(x) {
				out = append(out, x)
				return false
			}
		}
		return true
	})
	return out
}

// entryOrder is how the pass writes one entry of a map literal.
type entryOrder int

const (
	entryAsIs  entryOrder = iota // m[k] = v: the interpreter's order is gc's
	entryEarly                   // k into a variable, then v, then m[k] = v
	entryLate                    // k's holes, then v, then the rest of k
)

// entryOrderOf returns how the pass writes kv, an entry of a map literal
// of type m: as it is, unless its value acts (calls, receives, asserts)
// and its key is neither a constant nor a variable or field that both
// read after the value.
func (o orderOf) entryOrderOf(m *types.Map, kv *ast.KeyValueExpr) entryOrder {
	if !o.acts(kv.Value, false) || fixedValue(o.info, kv.Key) || o.hole(kv.Key) {
		return entryAsIs // a key that calls calls first in both
	}
	late := o.keyLate(m, kv.Key)
	switch {
	case !late:
		return entryEarly
	case o.still(kv.Key):
		return entryAsIs
	}
	return entryLate
}

// entriesDiffer reports whether an entry of lit, a map literal of type m,
// reads its key in another order under the interpreter than under gc.
func (o orderOf) entriesDiffer(m *types.Map, lit *ast.CompositeLit) bool {
	for _, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok && o.entryOrderOf(m, kv) != entryAsIs {
			return true
		}
	}
	return false
}

// gc stores a map literal's static entries, whose key and value are
// constants or literals of constants (not converted to an interface),
// before the others, as it builds the map: map[int]string{x: "a", 1: "b"}
// with x == 1 holds "a", where the interpreter, in the source's order,
// kept "b".

// static reports whether gc makes x, of target type t, part of a map's
// static entries: a constant or nil, or an array or struct literal of
// such, none converted to an interface.
func (o orderOf) static(x ast.Expr, t types.Type) bool {
	x = ast.Unparen(x)
	tv := o.info.Types[x]
	switch {
	case tv.IsNil():
		return true
	case types.IsInterface(t):
		return false
	case tv.Value != nil:
		return true
	}
	lit, ok := x.(*ast.CompositeLit)
	if !ok {
		return false
	}
	if _, ptr := t.Underlying().(*types.Pointer); ptr {
		return false // &T{...}, its type elided
	}
	switch u := o.under(lit).(type) {
	case *types.Struct:
		for i, el := range lit.Elts {
			v, field := el, u.Field(min(i, u.NumFields()-1))
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				v = kv.Value
				if id, ok := kv.Key.(*ast.Ident); ok {
					if f, ok := o.info.Uses[id].(*types.Var); ok {
						field = f
					}
				}
			}
			if !o.static(v, field.Type()) {
				return false
			}
		}
		return true
	case *types.Array:
		for _, el := range lit.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				el = kv.Value
			}
			if !o.static(el, u.Elem()) {
				return false
			}
		}
		return true
	}
	return false
}

// staticEntry reports whether gc stores kv, an entry of a map of type m,
// among the static ones.
func (o orderOf) staticEntry(m *types.Map, kv *ast.KeyValueExpr) bool {
	return o.static(kv.Key, m.Key()) && o.static(kv.Value, m.Elem())
}

// staticsLater reports whether a static entry of lit, a map literal of
// type m, follows another entry whose key, not a constant, could equal
// its key: gc would store the static one first.
func (o orderOf) staticsLater(m *types.Map, lit *ast.CompositeLit) bool {
	open := false // an entry before whose key could be any
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			return false
		}
		if o.staticEntry(m, kv) {
			if open {
				return true
			}
			continue
		}
		open = open || o.info.Types[kv.Key].Value == nil
	}
	return false
}

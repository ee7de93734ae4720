package refuse

import (
	"go/types"
)

// The interpreter exports the unexported fields of a struct type without
// a name as it does those of the script's named struct types (age becomes
// Xage), so encoding/gob sends them, and encoding/xml's errors spell the
// type by the renamed field (struct { Name string; Xage int "xml:\"-\"" },
// where Go writes struct { Name string; age int }). Printing such a value
// and encoding it to JSON are lifted (lift.Show, lift.JSON); the encoders
// that would show the renamed field are refused.

// anonUnexported returns the first unexported field of a struct type
// without a name that t holds, and that struct type, or "" and nil: t
// itself, through pointers, slices, arrays, maps and channels, the
// fields of structs, and the underlying types of the script's own types,
// but not those of Go's library, whose unexported fields are compiled
// ones (time.Time).
func (r *reporter) anonUnexported(t types.Type) (string, *types.Struct) {
	seen := map[types.Type]bool{}
	var walk func(t types.Type, named bool) (string, *types.Struct)
	walk = func(t types.Type, named bool) (string, *types.Struct) {
		if t == nil || seen[t] {
			return "", nil
		}
		seen[t] = true
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			return walk(u.Elem(), false)
		case *types.Slice:
			return walk(u.Elem(), false)
		case *types.Array:
			return walk(u.Elem(), false)
		case *types.Map:
			if f, st := walk(u.Key(), false); f != "" {
				return f, st
			}
			return walk(u.Elem(), false)
		case *types.Chan:
			return walk(u.Elem(), false)
		case *types.Named:
			if !r.declared(u) {
				return "", nil
			}
			return walk(u.Underlying(), true)
		case *types.Struct:
			for i := range u.NumFields() {
				if f := u.Field(i); !named && !f.Exported() && !f.Embedded() {
					return f.Name(), u
				}
			}
			for i := range u.NumFields() {
				if f, st := walk(u.Field(i).Type(), false); f != "" {
					return f, st
				}
			}
		}
		return "", nil
	}
	return walk(t, false)
}

// heldAnonUnexported is anonUnexported of t and of what the interfaces
// that t holds may hold at run time (see ifaceHeld).
func (r *reporter) heldAnonUnexported(t types.Type) (string, *types.Struct) {
	field, st := r.anonUnexported(t)
	if field != "" || !holdsInterface(t) {
		return field, st
	}
	h := r.held()
	h.reach(t, false, func(x types.Type) bool {
		if !types.IsInterface(x) {
			return false
		}
		for _, src := range h.sources(x) {
			if field, st = r.anonUnexported(src); field != "" {
				return true
			}
		}
		return false
	})
	return field, st
}

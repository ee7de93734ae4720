package refuse

import (
	"go/types"
	"reflect"
	"slices"
	"strings"

	"github.com/socklab/socklab/runner/rewrite"
)

// encoding/json omits a field tagged omitzero (Go 1.24) where its type's
// IsZero() bool method, of the type or its pointer, reports true, and
// keeps it where it reports false, whatever the value. reflect sees no
// methods of the interpreter's types, so a type the script declares with
// its own IsZero is omitted where it is Go's zero value instead.
// omitZeroField returns the struct type and field of such a tag that a
// value of type t, to be encoded, holds, or that a struct type the package
// declares holds where t holds an interface, which may hold it; "" where
// there is none.
func (r *reporter) omitZeroField(t types.Type) (strct, field, typ string) {
	find := func(t types.Type) bool {
		s, ok := t.Underlying().(*types.Struct)
		if !ok {
			return false
		}
		for i := range s.NumFields() {
			f := s.Field(i)
			opts := strings.Split(reflect.StructTag(s.Tag(i)).Get("json"), ",")
			if len(opts) < 2 || !slices.Contains(opts[1:], "omitzero") {
				continue
			}
			ft := f.Type()
			if p, ok := ft.Underlying().(*types.Pointer); ok && !r.declared(ft) {
				ft = p.Elem()
			}
			if r.declared(ft) && hasIsZero(ft) {
				strct, field, typ = types.TypeString(t, types.RelativeTo(r.pkg)), f.Name(), types.TypeString(ft, types.RelativeTo(r.pkg))
				return true
			}
		}
		return false
	}
	if rewrite.Involves(t, find) {
		return strct, field, typ
	}
	if !rewrite.Involves(t, types.IsInterface) {
		return "", "", ""
	}
	for _, obj := range r.info.Defs {
		if tn, ok := obj.(*types.TypeName); ok && tn.Pkg() == r.pkg && !tn.IsAlias() && find(tn.Type()) {
			return strct, field, typ
		}
	}
	return "", "", ""
}

// hasIsZero reports whether t or *t has the method IsZero() bool that
// encoding/json calls for omitzero.
func hasIsZero(t types.Type) bool {
	for _, tt := range []types.Type{t, types.NewPointer(t)} {
		ms := types.NewMethodSet(tt)
		for i := range ms.Len() {
			fn, ok := ms.At(i).Obj().(*types.Func)
			if !ok || fn.Name() != "IsZero" {
				continue
			}
			sig := fn.Type().(*types.Signature)
			if sig.Params().Len() == 0 && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Typ[types.Bool]) {
				return true
			}
		}
	}
	return false
}

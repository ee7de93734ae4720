package rewrite

import (
	"go/types"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// RuntimeForm spells t as the interpreter makes it at run time: a type
// that pkg declares as its underlying type (but a type of lift's pool, or
// one that marks holds, which are runtime types of their own), an
// unexported field name with an X before it. Two types of one form are
// one type at run time.
func RuntimeForm(pkg *types.Package, t types.Type, marks map[*types.TypeName]string) string {
	return runtimeForm(func(q *types.Package) bool { return q == pkg }, t, marks, map[types.Type]bool{})
}

// scriptForm is RuntimeForm for the types of several packages of one
// script, which the interpreter makes in one run: a type that any of them
// declares is spelt as its underlying type (but those of lift's pool and
// those that marks, the union of their marks, holds).
func scriptForm(pkgs []*types.Package, t types.Type, marks map[*types.TypeName]string) string {
	return runtimeForm(func(q *types.Package) bool { return slices.Contains(pkgs, q) }, t, marks, map[types.Type]bool{})
}

func runtimeForm(own func(*types.Package) bool, t types.Type, marks map[*types.TypeName]string, seen map[types.Type]bool) string {
	form := func(t types.Type) string { return runtimeForm(own, t, marks, seen) }
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		if !own(t.Obj().Pkg()) || Pooled(t.Obj()) || Marked(marks, t) || types.IsInterface(t) {
			return types.TypeString(t, nil)
		}
		if seen[t] {
			return "@"
		}
		seen[t] = true
		defer delete(seen, t)
		return form(t.Underlying())
	case *types.Pointer:
		return "*" + form(t.Elem())
	case *types.Slice:
		return "[]" + form(t.Elem())
	case *types.Array:
		return "[" + strconv.FormatInt(t.Len(), 10) + "]" + form(t.Elem())
	case *types.Map:
		return "map[" + form(t.Key()) + "]" + form(t.Elem())
	case *types.Chan:
		return "chan(" + strconv.Itoa(int(t.Dir())) + ") " + form(t.Elem())
	case *types.Signature:
		var b strings.Builder
		b.WriteString("func(")
		for i := range t.Params().Len() {
			b.WriteString(form(t.Params().At(i).Type()) + ",")
		}
		b.WriteString(")(")
		for i := range t.Results().Len() {
			b.WriteString(form(t.Results().At(i).Type()) + ",")
		}
		return b.String() + ")" + strconv.FormatBool(t.Variadic())
	case *types.Struct:
		var b strings.Builder
		b.WriteString("struct{")
		for i := range t.NumFields() {
			f := t.Field(i)
			name := f.Name()
			if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) {
				name = "X" + name
			}
			b.WriteString(name + " " + form(f.Type()) + " " + strconv.Quote(t.Tag(i)) + ";")
		}
		return b.String() + "}"
	}
	return types.TypeString(t, nil)
}

package rewrite

import "go/types"

// askedTypeName is typeName of t, a type that a printing function asks a
// value for, where an instance of a generic type of the script (or a
// pointer to one) is spelt by its alias (see aliasOf): the interpreter
// failed to compile an assertion to an instance spelt out with any among
// its type arguments (h.(Pair[any, int])), and stopped the script.
func (s *shower) askedTypeName(t types.Type) (string, bool) {
	star := ""
	u := types.Unalias(t)
	if ptr, ok := u.(*types.Pointer); ok {
		star, u = "*", types.Unalias(ptr.Elem())
	}
	if n, ok := u.(*types.Named); ok && n.TypeArgs().Len() > 0 {
		if _, ok := typeName(s.p, s.f, t, true); ok {
			if name, ok := aliasOf(s.p, s.f, s.e, n); ok {
				return star + name, true
			}
		}
	}
	return typeName(s.p, s.f, t, true)
}

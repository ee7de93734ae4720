package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
)

// A GobMethod is the method of a script's type that gob calls, in a Go
// build, on the value of an Encode or the target of a Decode, where pass
// goberrors hands the call to lift.GobEncodeMethod or GobDecodeMethod.
type GobMethod struct {
	Type   *types.Named // the script's type
	Method string       // GobEncode, MarshalBinary, GobDecode, UnmarshalBinary
	Kind   int          // 0 GobEncode and GobDecode, 1 MarshalBinary and UnmarshalBinary
	Ptr    bool         // the value is a pointer to the type (&v)
}

// GobMethodOf returns the method gob calls on arg, the argument of an
// Encode (decode false) or Decode of gob's, where the rewrite lifts it:
// arg is a value of a type T that pkg declares at its top level, or &v
// of one (a Decode's target is always &v), and gob's choice of method
// (GobEncode before MarshalBinary, GobDecode before UnmarshalBinary) is
// one of the method set of arg's type. false where gob calls none, or
// where it is another case (a method gob finds on *T for a value of T,
// which gob refuses as unaddressable).
func GobMethodOf(info *types.Info, pkg *types.Package, arg ast.Expr, decode bool) (GobMethod, bool) {
	t := info.TypeOf(arg)
	if t == nil {
		return GobMethod{}, false
	}
	ptr := false
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		u, isAddr := ast.Unparen(arg).(*ast.UnaryExpr)
		if !isAddr || u.Op != token.AND {
			return GobMethod{}, false
		}
		ptr, t = true, p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != pkg || n.Obj().Parent() != pkg.Scope() || n.TypeParams().Len() > 0 || types.IsInterface(n) {
		return GobMethod{}, false
	}
	if decode && !ptr {
		return GobMethod{}, false
	}
	methods := []string{"GobEncode", "MarshalBinary"}
	sig := "func() ([]byte, error)"
	if decode {
		methods, sig = []string{"GobDecode", "UnmarshalBinary"}, "func([]byte) error"
	}
	user := types.Type(n)
	if ptr {
		user = types.NewPointer(n)
	}
	for kind, name := range methods {
		inUser := hasGobMethod(user, name, sig)
		if !inUser && (ptr || !hasGobMethod(types.NewPointer(n), name, sig)) {
			continue // gob looks for the next
		}
		if !inUser {
			return GobMethod{}, false // on *T only, for a value of T
		}
		return GobMethod{Type: n, Method: name, Kind: kind, Ptr: ptr}, true
	}
	return GobMethod{}, false
}

// hasGobMethod reports whether t's method set holds name of the signature
// sig.
func hasGobMethod(t types.Type, name, sig string) bool {
	ms := types.NewMethodSet(t)
	for i := range ms.Len() {
		if f := ms.At(i).Obj(); f.Name() == name {
			s, ok := f.Type().(*types.Signature)
			return ok && types.TypeString(types.NewSignatureType(nil, nil, nil, unnamedVars(s.Params()), unnamedVars(s.Results()), s.Variadic()), nil) == sig
		}
	}
	return false
}

// unnamedVars returns the types of t's variables, without their names.
func unnamedVars(t *types.Tuple) *types.Tuple {
	vars := make([]*types.Var, t.Len())
	for i := range vars {
		vars[i] = types.NewParam(token.NoPos, nil, "", t.At(i).Type())
	}
	return types.NewTuple(vars...)
}

package refuse

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"github.com/socklab/socklab/runner/rewrite"
)

// jsonUnsupported returns, spelt in the package and as Go's error spells
// it, a type inside t, the
// static type of a value that encoding/json encodes, that the encoder
// cannot encode (a channel, a function, a complex number, a map whose key
// is no string, integer or encoding.TextMarshaler) and whose spelling
// names a type the script declares (chan main.Event, map[main.Point]int),
// or "" and "". Go's *json.UnsupportedTypeError names that type, which the
// interpreter spells by its own types (chan lift.String_1, a struct by
// its fields). The walk follows what the encoder sees: exported fields
// not tagged "-", embedded structs, pointers, elements, and stops at an
// interface and at a type with MarshalJSON or MarshalText.
func (r *reporter) jsonUnsupported(t types.Type) (string, string) {
	seen := map[types.Type]bool{}
	var walk func(t types.Type) types.Type
	walk = func(t types.Type) types.Type {
		if t == nil || seen[t] || types.IsInterface(t) {
			return nil
		}
		seen[t] = true
		if hasMethod(t, "MarshalJSON") || hasMethod(t, "MarshalText") {
			return nil
		}
		switch u := t.Underlying().(type) {
		case *types.Chan, *types.Signature:
			return t
		case *types.Basic:
			if u.Info()&types.IsComplex != 0 {
				return t
			}
		case *types.Pointer:
			return walk(u.Elem())
		case *types.Slice:
			return walk(u.Elem())
		case *types.Array:
			return walk(u.Elem())
		case *types.Map:
			k, ok := u.Key().Underlying().(*types.Basic)
			if !(ok && (k.Info()&(types.IsString|types.IsInteger) != 0)) && !hasMethod(u.Key(), "MarshalText") {
				return t
			}
			return walk(u.Elem())
		case *types.Struct:
			for i := range u.NumFields() {
				f := u.Field(i)
				name, _, _ := strings.Cut(reflect.StructTag(u.Tag(i)).Get("json"), ",")
				if name == "-" && !strings.HasPrefix(reflect.StructTag(u.Tag(i)).Get("json"), "-,") || !f.Exported() && !f.Embedded() {
					continue
				}
				if found := walk(f.Type()); found != nil {
					return found
				}
			}
		}
		return nil
	}
	found := walk(t)
	if found == nil || !rewrite.Involves(found, r.declared) {
		return "", ""
	}
	return types.TypeString(found, types.RelativeTo(r.pkg)), types.TypeString(found, func(p *types.Package) string { return p.Name() })
}

// errorDiscarded reports whether the error of call, the innermost of
// stack, goes nowhere: the call is a statement of its own, or its error
// result is assigned to the blank identifier.
func errorDiscarded(call *ast.CallExpr, stack []ast.Node) bool {
	if len(stack) == 0 {
		return false
	}
	switch p := stack[len(stack)-1].(type) {
	case *ast.ExprStmt:
		return true
	case *ast.AssignStmt:
		if len(p.Rhs) != 1 || p.Rhs[0] != call || p.Tok != token.ASSIGN && p.Tok != token.DEFINE {
			return false
		}
		id, ok := p.Lhs[len(p.Lhs)-1].(*ast.Ident)
		return ok && id.Name == "_"
	}
	return false
}

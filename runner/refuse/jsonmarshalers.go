package refuse

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/rewrite"
)

// marshalerEncoded returns a type the script declares that a value of t,
// which name (json.Marshal, json.MarshalIndent) encodes, holds with a
// method that encoding/json would call (MarshalJSON, or MarshalText), and
// that method, where the interpreter encodes it otherwise than Go; "" and
// "" elsewhere. It is asked where runner/rewrite does not hand the
// encoding to lift.JSONMarshal (see rewrite.JSONMethodsLifted): there the
// interpreter hands json.Marshal alone a value of its own type in a
// wrapper with the method (a T whose method set has MarshalJSON, or a
// *T), which json calls as Go's does; anywhere else (MarshalIndent, a
// field, an element, a value whose MarshalJSON has a pointer receiver,
// which Go does not call, MarshalText, whose wrapper crashed)
// encoding/json sees the interpreter's value without its methods.
func (r *reporter) marshalerEncoded(name string, t types.Type) (string, string) {
	if name == "encoding/json.Marshal" && r.marshalsItself(t) {
		return "", ""
	}
	var typ, method string
	rewrite.Involves(t, func(u types.Type) bool {
		if _, isPtr := types.Unalias(u).(*types.Pointer); isPtr || !r.declared(u) {
			return false
		}
		for _, m := range []string{"MarshalJSON", "MarshalText"} {
			if hasMethod(u, m) {
				typ, method = types.TypeString(u, types.RelativeTo(r.pkg)), m
				return true
			}
		}
		return false
	})
	return typ, method
}

// marshalsItself reports whether t is a type the script declares, or a
// pointer to one, whose method set has MarshalJSON.
func (r *reporter) marshalsItself(t types.Type) bool {
	n := t
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		n = p.Elem()
	}
	if !r.declared(n) {
		return false
	}
	ms := types.NewMethodSet(t)
	for i := range ms.Len() {
		if ms.At(i).Obj().Name() == "MarshalJSON" {
			return true
		}
	}
	return false
}

// refuseMarshalerEncoded refuses the encoding of arg, of type t, by the
// function name, where marshalerEncoded finds a method that the
// interpreter's value does not carry.
func (r *reporter) refuseMarshalerEncoded(name string, arg ast.Expr, t types.Type) bool {
	typ, method := r.marshalerEncoded(name, t)
	if typ == "" {
		return false
	}
	if name == "encoding/json.Marshal" && typ == types.TypeString(t, types.RelativeTo(r.pkg)) && method == "MarshalJSON" {
		r.refuse(arg.Pos(), "the interpreter calls the MarshalJSON method of *%s for a value of %s here, which Go does not (json.Marshal's value is not addressable, and %s's own method set has no MarshalJSON), so it would encode what the method returns where Go encodes the value's fields: encode a pointer (&v) to call the method, or a value of a type without it", typ, typ, typ)
		return true
	}
	r.refuse(arg.Pos(), "encoding/json encodes %s by its %s method under Go, and the interpreter hands it the %s in this value without its methods, so it would encode what %s holds instead: encode a value of %s itself with json.Marshal (v or &v) and put the bytes in a json.RawMessage where this value holds it", withArticle(typ), method, typ, typ, typ)
	return true
}

// unmarshalerDecoded returns a type the script declares that a target of
// t holds with a method that encoding/json would call to decode it
// (UnmarshalJSON, or UnmarshalText), and that method; "" and "" where it
// holds none. The interpreter hands json.Unmarshal a pointer to such a
// value in a wrapper that is no pointer (json: Unmarshal(non-pointer
// gostd._encoding_json_Unmarshaler)), and one inside the target without
// its methods, so the decoder fills what the type holds.
func (r *reporter) unmarshalerDecoded(t types.Type) (string, string) {
	var typ, method string
	rewrite.Involves(t, func(u types.Type) bool {
		if _, isPtr := types.Unalias(u).(*types.Pointer); isPtr || !r.declared(u) {
			return false
		}
		for _, m := range []string{"UnmarshalJSON", "UnmarshalText"} {
			if hasMethod(u, m) {
				typ, method = types.TypeString(u, types.RelativeTo(r.pkg)), m
				return true
			}
		}
		return false
	})
	return typ, method
}

// refuseUnmarshalerDecoded refuses json.Unmarshal into target, of type t,
// where unmarshalerDecoded finds a method that the interpreter's value
// does not carry to the decoder.
func (r *reporter) refuseUnmarshalerDecoded(target ast.Expr, t types.Type) bool {
	typ, method := r.unmarshalerDecoded(t)
	if typ == "" {
		return false
	}
	r.refuse(target.Pos(), "encoding/json decodes %s by its %s method under Go, and the interpreter hands the decoder the %s in this target without its methods, so it would fail or fill what %s holds instead: decode into a json.RawMessage where the target holds it, and call %s on it yourself", withArticle(typ), method, typ, typ, method)
	return true
}

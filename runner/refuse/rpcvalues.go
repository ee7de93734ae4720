package refuse

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"github.com/socklab/socklab/runner/rewrite"
)

// rpcValues refuses the values that net/rpc encodes with gob (or JSON, with
// net/rpc/jsonrpc) which the interpreter hands the encoder otherwise than
// Go: a client's arguments and a service's replies that hold a struct the
// script declares with an unexported field (the interpreter exports it,
// so it was sent), or a type with a GobEncode or MarshalBinary method
// (gob does not see it); a client's replies and a service's arguments
// that hold an interface type the script declares (a struct of the
// interpreter's own, which gob refuses) or a type with GobDecode or
// UnmarshalBinary; in a package that imports net/rpc/jsonrpc,
// MarshalText, MarshalJSON and their Unmarshal kin too, and a struct that
// embeds another of the script's (the interpreter's struct types do not
// embed, so JSON nests what Go promotes). A service's values are its suitable
// methods' (rewrite.RPCMethods), of each receiver that the script
// registers.
func rpcValues(r *reporter) {
	encoding := []string{"GobEncode", "MarshalBinary"}
	decoding := []string{"GobDecode", "UnmarshalBinary"}
	r.jsonRPC = r.imports("net/rpc/jsonrpc")
	if r.jsonRPC {
		// gob leaves MarshalText out; encoding/json calls it.
		encoding = append(encoding, "MarshalText", "MarshalJSON")
		decoding = append(decoding, "UnmarshalText", "UnmarshalJSON")
	}
	checked := map[*types.Func]bool{}
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		switch name := sel.Sel.Name; {
		case (name == "Call" || name == "Go") && len(call.Args) >= 3 && isNamed(r.typeOf(sel.X), "net/rpc", "Client"):
			r.rpcValue(call.Args[1].Pos(), r.typeOf(call.Args[1]), true, encoding, "the argument of this call")
			r.rpcValue(call.Args[2].Pos(), r.typeOf(call.Args[2]), false, decoding, "the reply of this call")
		case name == "Register" || name == "RegisterName":
			if r.calleeName(call) != "net/rpc."+name && !isNamed(r.typeOf(sel.X), "net/rpc", "Server") || len(call.Args) == 0 {
				return true
			}
			t := r.typeOf(call.Args[len(call.Args)-1])
			if t == nil || types.IsInterface(t) {
				return true
			}
			for _, m := range rewrite.RPCMethods(t) {
				if checked[m] {
					continue
				}
				checked[m] = true
				params := m.Signature().Params()
				arg, reply := params.At(0), params.At(1)
				if !r.declaredHere(arg.Pos(), reply.Pos()) {
					continue
				}
				r.rpcValue(arg.Pos(), arg.Type(), false, decoding, "the argument of "+m.Name())
				r.rpcValue(reply.Pos(), reply.Type(), true, encoding, "the reply of "+m.Name())
			}
		}
		return true
	})
}

// imports reports whether a file of the package imports path.
func (r *reporter) imports(path string) bool {
	for _, f := range r.files {
		for _, imp := range f.Imports {
			if imp.Path.Value == strconv.Quote(path) {
				return true
			}
		}
	}
	return false
}

// declaredHere reports whether the positions lie in the package's files.
func (r *reporter) declaredHere(pos ...token.Pos) bool {
	for _, p := range pos {
		found := false
		for _, f := range r.files {
			if f.Pos() <= p && p < f.End() {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// rpcValue refuses, at pos, a value of type t that net/rpc encodes (where
// encoded) or decodes as what says, where the interpreter's types make
// gob do otherwise than Go.
func (r *reporter) rpcValue(pos token.Pos, t types.Type, encoded bool, methods []string, what string) {
	if t == nil {
		return
	}
	if iface := r.heldScriptInterface(t); iface != "" {
		r.refuse(pos, "%s holds the interface type %s, which the script declares and the interpreter keeps in a struct of its own that net/rpc's gob cannot encode or decode: declare it as any, register its concrete types with gob.Register, and assert the type where you use it", what, iface)
		return
	}
	if f := embeddedField(r, t); f != "" && r.jsonRPC {
		r.refuse(pos, "the interpreter's struct types do not embed %s, so net/rpc/jsonrpc's JSON of %s would nest its fields under %q where Go promotes them: give the field a name, and send and read it as a field of its own", f, what, f)
		return
	}
	if typ, method := r.gobMethod(t, methods, nil, map[types.Type]bool{}); typ != "" {
		r.refuse(pos, "net/rpc's encoding does not call %s's %s method under socklab (reflection sees no methods of the interpreter's types), so %s would go as %s's fields: send the method's bytes in a []byte field, or a struct of exported fields", typ, method, what, typ)
		return
	}
	if !encoded {
		return
	}
	if f := unexportedField(r, t); f != "" {
		r.refuse(pos, "the interpreter shows the unexported field %s to net/rpc's encoder as an exported one, so %s would carry it where Go does not: move it out of the struct that net/rpc sends", f, what)
		return
	}
	if f, st := r.heldAnonUnexported(t); f != "" {
		r.refuse(pos, "the interpreter shows the unexported field %s of %s, a struct type without a name, to net/rpc's encoder as an exported one, so %s would carry it where Go does not: move it out of the struct that net/rpc sends", f, r.typeString(st), what)
		return
	}
	if rewrite.Involves(t, types.IsInterface) && r.declaresStruct(true) {
		r.refuse(pos, "a value of an interface type in %s may hold a struct type the script declares with unexported fields, which the interpreter shows net/rpc's encoder as exported ones: send a value whose static type is the struct type, without unexported fields", what)
	}
}

// embeddedField returns the name of an embedded field of a struct type the
// script declares that t holds, or "".
func embeddedField(r *reporter, t types.Type) string {
	name := ""
	rewrite.Involves(t, func(t types.Type) bool {
		if !r.declared(t) {
			return false
		}
		s, ok := t.Underlying().(*types.Struct)
		if !ok {
			return false
		}
		for i := range s.NumFields() {
			if f := s.Field(i); f.Embedded() {
				name = f.Name()
				return true
			}
		}
		return false
	})
	return name
}

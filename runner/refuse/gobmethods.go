package refuse

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/lift"
	"github.com/socklab/socklab/runner/rewrite"
)

// gobMethods refuses encoding with encoding/gob a value that holds a type
// the script declares with a GobEncode or MarshalBinary method, and
// decoding into one with GobDecode or UnmarshalBinary: gob looks for
// those methods by reflect, which sees none on the interpreter's types,
// so it encoded the type's fields where Go sends what the method returns
// (and decoded them without the method). An interface in the value
// stands for the types the script registers with gob. The value itself
// of an Encode, or &v the target of a Decode, is lifted (see
// rewrite.GobMethodOf), not a type inside it. (gob leaves MarshalText
// and UnmarshalText out: it encodes such a type by its fields, in Go as
// here.)
func gobMethods(r *reporter) {
	encoding := []string{"GobEncode", "MarshalBinary"}
	decoding := []string{"GobDecode", "UnmarshalBinary"}
	var registered []types.Type
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 {
			return true
		}
		if callee := r.calleeName(call); callee == "encoding/gob.Register" || callee == "encoding/gob.RegisterName" {
			if t := r.typeOf(call.Args[len(call.Args)-1]); t != nil {
				registered = append(registered, t)
			}
		}
		return true
	})
	standIns := map[int]map[*types.Named]bool{} // the lifted types, by kind
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		methods, coder := encoding, "Encoder"
		if sel.Sel.Name == "Decode" {
			methods, coder = decoding, "Decoder"
		} else if sel.Sel.Name != "Encode" {
			return true
		}
		if t := r.typeOf(sel.X); t == nil || !isNamed(t, "encoding/gob", coder) {
			return true
		}
		t := r.typeOf(call.Args[0])
		if t == nil {
			return true
		}
		if m, lifted := rewrite.GobMethodOf(r.info, r.pkg, call.Args[0], coder == "Decoder"); lifted {
			kinds := standIns[m.Kind]
			if kinds == nil {
				kinds = map[*types.Named]bool{}
				standIns[m.Kind] = kinds
			}
			if kinds[m.Type] = true; len(kinds) > lift.GobMethodsPerKind {
				r.refuse(call.Args[0].Pos(), "socklab calls gob's %s method through a compiled stand-in, of which it has %d for the script's types, and this is one type more: give fewer types a %s method", m.Method, lift.GobMethodsPerKind, m.Method)
			}
			return true
		}
		typ, method := r.gobMethod(t, methods, registered, map[types.Type]bool{})
		if typ == "" {
			return true
		}
		r.refuse(call.Args[0].Pos(), "gob does not call %s's %s method under socklab (reflection sees no methods of the interpreter's types), so it %s %s's fields where a Go build %s: call the method yourself and send its bytes (a []byte field), or send a struct of exported fields", typ, method, map[string]string{"Encoder": "encodes", "Decoder": "decodes"}[coder], typ, map[string]string{"Encoder": "sends what the method returns", "Decoder": "hands the method the bytes sent"}[coder])
		return true
	})
}

// gobMethod returns the name of a type the script declares that t holds
// (through pointers, elements, keys and exported fields; an interface
// through the registered types) with one of methods, on it or its
// pointer, and the method's name; "", "" where there is none.
func (r *reporter) gobMethod(t types.Type, methods []string, registered []types.Type, seen map[types.Type]bool) (string, string) {
	if t == nil || seen[t] {
		return "", ""
	}
	seen[t] = true
	t = types.Unalias(t)
	if n, ok := t.(*types.Named); ok {
		if n.Obj().Pkg() == nil || r.compiledPackage(n.Obj().Pkg()) {
			return "", "" // Go's own type, whose methods gob sees
		}
		for _, m := range methods {
			if hasMethod(n, m) {
				return n.Obj().Name(), m
			}
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return r.gobMethod(u.Elem(), methods, registered, seen)
	case *types.Slice:
		return r.gobMethod(u.Elem(), methods, registered, seen)
	case *types.Array:
		return r.gobMethod(u.Elem(), methods, registered, seen)
	case *types.Map:
		if s, m := r.gobMethod(u.Key(), methods, registered, seen); s != "" {
			return s, m
		}
		return r.gobMethod(u.Elem(), methods, registered, seen)
	case *types.Struct:
		for i := range u.NumFields() {
			if f := u.Field(i); f.Exported() {
				if s, m := r.gobMethod(f.Type(), methods, registered, seen); s != "" {
					return s, m
				}
			}
		}
	case *types.Interface:
		for _, rt := range registered {
			if s, m := r.gobMethod(rt, methods, registered, seen); s != "" {
				return s, m
			}
		}
	}
	return "", ""
}

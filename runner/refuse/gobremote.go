package refuse

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/rewrite"
)

// gobRemoteShared refuses the Encode of a value that holds a struct type
// the interpreter makes one with another struct type of the package, in
// a package that decodes gob into a value of another kind than a struct.
// gob's error about such a decoding of a stream the program encoded
// itself (gob: decoding into local type *string, received remote type
// Ping = struct { N int; }) names the remote type by the type gob met,
// and the interpreter builds a script's struct type with
// reflect.StructOf, which keeps no name: where the rewrite cannot give the
// type a runtime type of its own (pass structmark: another struct type
// is spelt out with the same fields, or a type is declared on another,
// type Part Join), gob meets one type for both, and lift cannot tell
// which the stream held (runner/lift/gobreceived.go tells the others
// apart by their type ids).
func gobRemoteShared(r *reporter) {
	if !r.gobDecodesOtherKind() {
		return
	}
	var encoded []types.Type // the struct types the package's Encodes reach
	var sites []*ast.CallExpr
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Encode" {
			return true
		}
		if t := r.typeOf(sel.X); t == nil || !isNamed(t, "encoding/gob", "Encoder") {
			return true
		}
		if at := r.typeOf(call.Args[0]); at != nil {
			sites = append(sites, call)
			gobStructsOf(at, func(u types.Type) bool {
				encoded = append(encoded, u)
				return false
			})
		}
		return true
	})
	if len(sites) == 0 {
		return
	}
	isEncoded := func(t types.Type) bool {
		for _, e := range encoded {
			if types.Identical(e, t) {
				return true
			}
		}
		return false
	}
	marks := rewrite.MarkedStructs(r.files, r.pkg, r.info)
	forms := r.runtimeForms(marks)
	for _, call := range sites {
		gobStructsOf(r.typeOf(call.Args[0]), func(u types.Type) bool {
			other, spelt := "", ""
			var otherType types.Type
			for _, o := range forms[rewrite.RuntimeForm(r.pkg, u, marks)] {
				if types.Identical(o, u) {
					continue
				}
				if _, ok := o.Underlying().(*types.Struct); !ok {
					continue
				}
				_, named := types.Unalias(o).(*types.Named)
				if !named && spelt == "" {
					spelt = r.typeString(o)
				}
				// lift names the runtime type by the one declared type it
				// stands for: wrong for another declared type, or for a
				// struct spelt out that is encoded too.
				if other == "" && (named || isEncoded(o)) {
					other, otherType = r.typeString(o), o
				}
			}
			if other == "" {
				return false
			}
			name := r.typeString(u)
			instead := "declare " + name + " and " + other + " each with a struct type of its own"
			for _, t := range []types.Type{u, otherType} {
				if on := r.declaredOnType(t); on != "" {
					instead = "declare " + r.typeString(t) + " with a struct type of its own (type " + r.typeString(t) + " struct{ ... }, not type " + r.typeString(t) + " " + on + ")"
					break
				}
			}
			if spelt != "" {
				instead = "declare the struct type the package spells out as " + spelt + " as a type of its own, and use it where it is spelt out"
			}
			r.refuse(call.Args[0].Pos(), "gob's error about a stream of %s decoded into a value of another kind names its type as gob met it, and the interpreter makes %s one type with %s (it keeps no type names), so the error could name the wrong one or none: %s", name, name, other, instead)
			return true
		})
	}
}

// declaredOnType returns the type t, a type the package declares, is
// declared on where that is not a struct spelt out (Join, for type Leave
// Join); "" where it is none.
func (r *reporter) declaredOnType(t types.Type) string {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return ""
	}
	on := ""
	r.inspect(func(node ast.Node, _ []ast.Node) bool {
		ts, ok := node.(*ast.TypeSpec)
		if !ok || on != "" {
			return on == ""
		}
		if r.info.Defs[ts.Name] == n.Obj() {
			if _, isStruct := ts.Type.(*ast.StructType); !isStruct {
				on = types.ExprString(ts.Type)
			}
		}
		return true
	})
	return on
}

// gobStructsOf calls fn with each struct type that a value of t holds
// (through pointers, elements, keys and fields, not interfaces): a named
// one, not its underlying struct apart, and a struct spelt out; it stops
// where fn returns true.
func gobStructsOf(t types.Type, fn func(types.Type) bool) {
	under := map[types.Type]bool{} // the structs of the named types met
	rewrite.Involves(t, func(u types.Type) bool {
		st, ok := u.Underlying().(*types.Struct)
		if !ok || under[u] {
			return false
		}
		if _, named := types.Unalias(u).(*types.Named); named {
			under[st] = true
		}
		return fn(u)
	})
}

// gobDecodesOtherKind reports whether the package decodes gob into a value
// that is not a struct (through pointers) or has gob's methods of its
// own, or with DecodeValue or a method value of Decode, whose targets it
// does not see: there gob's error describes the remote type a stream
// holds.
func (r *reporter) gobDecodesOtherKind() bool {
	found := false
	r.inspect(func(n ast.Node, stack []ast.Node) bool {
		if found {
			return false
		}
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Decode" && sel.Sel.Name != "DecodeValue" {
			return true
		}
		if t := r.typeOf(sel.X); t == nil || !isNamed(t, "encoding/gob", "Decoder") {
			return true
		}
		call, isCall := parentCall(stack, sel)
		if sel.Sel.Name == "DecodeValue" || !isCall || len(call.Args) != 1 {
			found = true
			return false
		}
		t := r.typeOf(call.Args[0])
		for p, ok := types.Unalias(t).(*types.Pointer); ok; p, ok = types.Unalias(t).(*types.Pointer) {
			t = p.Elem()
		}
		if t == nil {
			found = true
			return false
		}
		if _, isStruct := t.Underlying().(*types.Struct); !isStruct || hasMethod(t, "GobDecode") || hasMethod(t, "UnmarshalBinary") {
			found = true
		}
		return true
	})
	return found
}

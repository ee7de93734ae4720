package refuse

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/socklab/socklab/runner/rewrite"
)

// gobFields refuses encoding with encoding/gob a value that holds a struct
// type the script declares with an unexported field (or a struct type
// without a name with one, see anonUnexported), or an interface in a
// script that declares one: the interpreter's struct type exports the
// field (Xname), so gob sends it and a decoder fills it, where Go sends
// only the exported fields. It refuses encoding or decoding a value that
// holds an interface type with methods that the script declares, which
// the interpreter makes a struct of its own that gob refuses.
func gobFields(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		decoding := sel.Sel.Name == "Decode" || sel.Sel.Name == "DecodeValue"
		if !decoding && sel.Sel.Name != "Encode" && sel.Sel.Name != "EncodeValue" {
			return true
		}
		coder := "Encoder"
		if decoding {
			coder = "Decoder"
		}
		if t := r.typeOf(sel.X); t == nil || !isNamed(t, "encoding/gob", coder) {
			return true
		}
		t := r.typeOf(call.Args[0])
		if t == nil {
			return true
		}
		if iface := r.heldScriptInterface(t); iface != "" {
			r.refuse(call.Args[0].Pos(), "the interpreter keeps a value of the interface type %s, which the script declares, in a struct of its own that gob cannot encode or decode (gob: type interp.valueInterface has no exported fields): declare it as any, register its concrete types with gob.Register, and assert the type where you use it", iface)
			return true
		}
		if _, lifted := rewrite.GobMethodOf(r.info, r.pkg, call.Args[0], decoding); decoding || lifted {
			return true // gob hands a lifted value's method the bytes, its fields unseen
		}
		if f := unexportedField(r, t); f != "" {
			r.refuse(call.Args[0].Pos(), "the interpreter shows the unexported field %s to gob as an exported one, so gob sends it where Go does not: move it out of the struct you encode", f)
			return true
		}
		if f, st := r.heldAnonUnexported(t); f != "" {
			r.refuse(call.Args[0].Pos(), "the interpreter shows the unexported field %s of %s, a struct type without a name, to gob as an exported one, so gob sends it where Go does not: move it out of the struct you encode", f, r.typeString(st))
			return true
		}
		if local := r.gobUnregisteredLocal(t); local != "" {
			r.refuse(call.Args[0].Pos(), "gob's error for %s that an interface in this value may hold, which the script does not register with gob.Register, names its type, which the interpreter spells by its fields where Go writes its name (type not registered for interface: main.%s), since %s is declared inside a function: declare %s at the top level", withArticle(local), strings.TrimPrefix(local, "*"), local, local)
			return true
		}
		if rewrite.Involves(t, types.IsInterface) && r.declaresStruct(true) {
			r.refuse(call.Args[0].Pos(), "a value of an interface type in this value may hold a struct type the script declares with unexported fields, which the interpreter shows gob as exported ones, so gob sends them where Go does not: encode a value whose static type is the struct type, without unexported fields")
		}
		return true
	})
}

// declaresStruct reports whether the script declares a struct type, one
// with an unexported or embedded field where hidden is true.
func (r *reporter) declaresStruct(hidden bool) bool {
	for _, obj := range r.info.Defs {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		st, isStruct := tn.Type().Underlying().(*types.Struct)
		if !isStruct {
			continue
		}
		if !hidden {
			return true
		}
		for i := range st.NumFields() {
			if f := st.Field(i); !f.Exported() || f.Embedded() {
				return true
			}
		}
	}
	return false
}

// heldScriptInterface returns the name of an interface type with methods that
// the script declares (named, or spelt out in a type of the script's) and
// t involves, or "": the interpreter's runtime form of such a type is a
// struct of its own (interp.valueInterface), whatever it holds.
func (r *reporter) heldScriptInterface(t types.Type) string {
	name := ""
	compiled := map[types.Type]bool{} // the underlying types of library interfaces met
	rewrite.Involves(t, func(t types.Type) bool {
		iface, ok := t.Underlying().(*types.Interface)
		if !ok || iface.NumMethods() == 0 || compiled[t] {
			return false
		}
		if _, named := types.Unalias(t).(*types.Named); named && !r.declared(t) {
			compiled[t.Underlying()] = true // error, or a library's interface: a compiled type
			return false
		}
		name = types.TypeString(t, types.RelativeTo(r.pkg))
		return true
	})
	return name
}

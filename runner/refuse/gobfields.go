package refuse

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/rewrite"
)

// gobFields refuses encoding with encoding/gob a value that holds a struct
// type the script declares with an unexported field, or an interface in a
// script that declares one: the interpreter's struct type exports the
// field (Xname), so gob sends it and a decoder fills it, where Go sends
// only the exported fields.
func gobFields(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Encode" && sel.Sel.Name != "EncodeValue" {
			return true
		}
		if t := r.typeOf(sel.X); t == nil || !isNamed(t, "encoding/gob", "Encoder") {
			return true
		}
		t := r.typeOf(call.Args[0])
		if t == nil {
			return true
		}
		if f := unexportedField(r, t); f != "" {
			r.refuse(call.Args[0].Pos(), "the interpreter shows the unexported field %s to gob as an exported one, so gob sends it where Go does not: move it out of the struct you encode", f)
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

package refuse

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/rewrite"
)

// templateData refuses executing a text/template or html/template with data
// that holds a type the script declares with methods. The template reaches
// the data by reflection, and the interpreter's runtime types have no
// methods that reflection sees: {{.Initial}} fails with "can't evaluate
// field Initial in type struct {...}", and {{.Peer}} prints a struct's
// fields where Go calls its String method. A type on a basic type whose
// methods are String and Error alone is a compiled type of lift's pool,
// with those methods (pass basicnamed), and passes.
func templateData(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		arg := map[string]int{"Execute": 1, "ExecuteTemplate": 2}[sel.Sel.Name]
		if arg == 0 || len(call.Args) <= arg {
			return true
		}
		rt := r.typeOf(sel.X)
		if rt == nil || !isNamed(rt, "text/template", "Template") && !isNamed(rt, "html/template", "Template") {
			return true
		}
		t := r.typeOf(call.Args[arg])
		if t == nil {
			return true
		}
		if name, method := r.methodsInData(t); name != "" {
			r.refuse(call.Args[arg].Pos(), "the template cannot call %s's method %s in the interpreter, whose types have no methods that reflection sees (a method fails as a missing field, a String method is not called): put what the template shows in fields, or in a map, before you execute it", name, method)
		}
		return true
	})
}

// methodsInData returns a type the script declares with a method of its
// own other than a pooled type's String and Error, which t involves, and
// the name of such a method; "", "" where there is none.
func (r *reporter) methodsInData(t types.Type) (name, method string) {
	rewrite.Involves(t, func(t types.Type) bool {
		if _, isPtr := types.Unalias(t).(*types.Pointer); isPtr || !r.declared(t) || types.IsInterface(t) {
			return false
		}
		pooled := r.pooled(t)
		ms := types.NewMethodSet(types.NewPointer(t))
		for i := range ms.Len() {
			obj := ms.At(i).Obj()
			m := obj.Name()
			if obj.Pkg() != r.pkg || pooled && (m == "String" || m == "Error") {
				continue
			}
			name, method = types.TypeString(t, types.RelativeTo(r.pkg)), m
			return true
		}
		return false
	})
	return name, method
}

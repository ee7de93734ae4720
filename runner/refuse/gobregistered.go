package refuse

import (
	"go/ast"
	"go/types"
)

// gobRegistered refuses gob.Register and gob.RegisterName of a value whose
// type the interpreter makes another type gob knows by another name: a
// type the script declares on a slice, map, array or basic type is that
// type at run time (type Names []string is []string), which gob has
// registered as "[]string", so Register sent Go's library's name where Go
// sends main.Names (a Go peer decodes a []string, not a Names), and
// RegisterName panicked; an unnamed slice, map or pointer of the script's
// types is named by the interpreter's struct types ([]struct { X int }
// where Go registers []main.Move). A struct type the script declares, or
// a pointer to one, is named as Go names it (see pass gobregister).
func gobRegistered(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 {
			return true
		}
		callee := r.calleeName(call)
		if callee != "encoding/gob.Register" && callee != "encoding/gob.RegisterName" {
			return true
		}
		arg := call.Args[len(call.Args)-1]
		t := r.typeOf(arg)
		if t == nil {
			return true
		}
		base := t
		if p, ok := types.Unalias(base).(*types.Pointer); ok {
			base = p.Elem()
		}
		if n, ok := types.Unalias(base).(*types.Named); ok && r.declared(n) {
			if _, isStruct := n.Underlying().(*types.Struct); isStruct {
				return true
			}
			if _, isIface := n.Underlying().(*types.Interface); isIface {
				return true
			}
			r.refuse(arg.Pos(), "the interpreter makes %s the type %s at run time, which gob knows by another name than Go's main.%s, so a Go peer would decode another type (and gob.RegisterName panics): register a struct type that holds it (type %sMsg struct{ V %s })", n.Obj().Name(), types.TypeString(n.Underlying(), types.RelativeTo(r.pkg)), n.Obj().Name(), n.Obj().Name(), n.Obj().Name())
			return true
		}
		if _, named := types.Unalias(base).(*types.Named); !named && r.gobNamed(t, true, "", map[types.Type]bool{}) != "" {
			r.refuse(arg.Pos(), "gob registers %s under a name it makes of the interpreter's types (their fields, where Go writes main.T): register a struct type that holds it", types.TypeString(t, types.RelativeTo(r.pkg)))
		}
		return true
	})
}

package refuse

import (
	"go/ast"
	"go/types"
)

// gob's error about a value in an interface whose type is not registered
// (gob: type not registered for interface: main.Point) names the type by
// reflect's String, which for the interpreter's type of a struct declared
// inside a function spells its fields (struct { N int }). The file's
// table names the types of the top level as Go does (pass goberrors); one
// declared inside a function has no name there.

// gobUnregisteredLocal returns the name of a type declared inside a
// function that a value of type t may hold in an interface, at run time
// (see ifaceHeld), and that the script never registers with gob, or "":
// gob fails to encode it with an error that names it.
func (r *reporter) gobUnregisteredLocal(t types.Type) string {
	if !holdsInterface(t) {
		return ""
	}
	if r.gobRegisteredTypes == nil {
		r.gobRegisteredTypes = []types.Type{}
		r.inspect(func(n ast.Node, _ []ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			if callee := r.calleeName(call); callee == "encoding/gob.Register" || callee == "encoding/gob.RegisterName" {
				if t := r.typeOf(call.Args[len(call.Args)-1]); t != nil {
					r.gobRegisteredTypes = append(r.gobRegisteredTypes, t)
				}
			}
			return true
		})
	}
	name := ""
	h := r.held()
	h.reach(t, false, func(x types.Type) bool {
		if !types.IsInterface(x) {
			return false
		}
		for _, src := range h.sources(x) {
			n, ok := types.Unalias(src).(*types.Named)
			if p, isPtr := types.Unalias(src).(*types.Pointer); isPtr {
				n, ok = types.Unalias(p.Elem()).(*types.Named)
			}
			if !ok || !r.declared(n) || n.Obj().Parent() == r.pkg.Scope() || types.IsInterface(n) {
				continue
			}
			registered := false // gob finds a type by its base, without pointers
			for _, reg := range r.gobRegisteredTypes {
				registered = registered || types.Identical(derefType(reg), n)
			}
			if !registered {
				name = r.typeString(src)
				return true
			}
		}
		return false
	})
	return name
}

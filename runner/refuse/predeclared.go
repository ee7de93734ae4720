package refuse

import (
	"go/ast"
	"go/types"
)

// predeclaredNames refuses a declaration that the interpreter does not
// let shadow the universe's name it bears: anything named iota, which it
// takes for the constant generator wherever the name is used (a variable
// iota read 0, a parameter iota the call's 0), and a type named as a
// predeclared type (type int struct{ ... }, type error struct{ ... }),
// which stopped it with a nil pointer dereference or an undefined field.
// An alias declared inside a function, which pass localalias writes out
// where it is used, may bear such a name.
func predeclaredNames(r *reporter) {
	for _, f := range r.files {
		ast.Inspect(f, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			obj := r.info.Defs[id]
			if obj == nil {
				return true
			}
			if v, ok := obj.(*types.Var); ok && v.IsField() {
				return true
			}
			if _, ok := obj.(*types.Func); ok && obj.Type().(*types.Signature).Recv() != nil {
				return true // a method, named only through a selector
			}
			switch u := types.Universe.Lookup(id.Name).(type) {
			case *types.Const:
				if id.Name == "iota" {
					r.refuse(id.Pos(), "the interpreter takes iota for the constant generator wherever the name is used, not for what is declared here: give it another name")
				}
			case *types.TypeName:
				if tn, isType := obj.(*types.TypeName); isType && !(tn.IsAlias() && tn.Parent() != r.pkg.Scope()) {
					r.refuse(id.Pos(), "the interpreter cannot declare a type named %s, the name of a predeclared type: give it another name", u.Name())
				}
			}
			return true
		})
	}
}

package refuse

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/rewrite"
)

// reflectEntries are the functions through which a script's value or type
// reaches package reflect.
var reflectEntries = map[string]bool{
	"reflect.TypeOf": true, "reflect.ValueOf": true, "reflect.TypeFor": true,
}

// reflectTypes refuses reflect.TypeOf, reflect.ValueOf and reflect.TypeFor
// of a type the script declares, of a type made of one (a pointer, slice,
// map, array, channel or struct of it), or of an interface type that may
// hold one (but for TypeFor, whose type is the interface's own). The interpreter hands reflect a type of its own making there:
// a named basic type is one of socklab's pool (lift.Float64_1), a struct
// is an unnamed reflect.StructOf type without methods, and a value with
// methods held in an interface is the interpreter's wrapper struct, so
// Name, String, PkgPath, NumMethod, Method, Implements and even Kind differ
// from Go's.
func reflectTypes(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		fun, arg := r.reflectEntry(call)
		if fun == "" {
			return true
		}
		t := r.typeOf(arg)
		if t == nil {
			return true
		}
		// TypeFor of an interface type is that type, not one of a value's.
		holds := fun != "reflect.TypeFor" && r.heldDeclared(t)
		switch name := r.reachedType(t); {
		case types.IsInterface(t) && holds:
			r.refuse(arg.Pos(), "%s of a value of type %s, which may hold a type the script declares: reflect sees the interpreter's own type for it (its Name, String, PkgPath, methods and Kind differ from Go's): tell the type with a type switch instead", fun, types.TypeString(t, types.RelativeTo(r.pkg)))
		case name != "":
			r.refuse(arg.Pos(), "%s sees the interpreter's own type for %s, not %s.%s (its Name, String, PkgPath, methods and Kind differ from Go's): print the value with %%v, and tell its type with a type switch", fun, name, r.pkg.Name(), name)
		case holds:
			r.refuse(arg.Pos(), "%s of a value of type %s, which may hold a type the script declares: reflect sees the interpreter's own type for it (its Name, String, PkgPath, methods and Kind differ from Go's): tell the type with a type switch instead", fun, types.TypeString(t, types.RelativeTo(r.pkg)))
		}
		return true
	})
}

// reflectEntry returns the name of the reflect function call calls
// ("reflect.TypeOf") and the expression whose type it hands reflect: the
// argument, or the type argument of reflect.TypeFor. It returns "" where
// call is none of reflectEntries.
func (r *reporter) reflectEntry(call *ast.CallExpr) (string, ast.Expr) {
	fun := call.Fun
	var index ast.Expr
	switch f := fun.(type) {
	case *ast.IndexExpr:
		fun, index = f.X, f.Index
	case *ast.ParenExpr:
		fun = f.X
	}
	name := r.calleeName(&ast.CallExpr{Fun: fun})
	if !reflectEntries[name] {
		return "", nil
	}
	if name == "reflect.TypeFor" {
		// TypeFor has no parameter to infer its type argument from.
		return name, index
	}
	if len(call.Args) != 1 {
		return "", nil
	}
	return name, call.Args[0]
}

// reachedType returns the name of a type the script declares that t is or
// is made of, "" where there is none.
func (r *reporter) reachedType(t types.Type) string {
	var name string
	rewrite.Involves(t, func(u types.Type) bool {
		if r.declared(u) {
			name = types.Unalias(u).(*types.Named).Obj().Name()
			return true
		}
		return false
	})
	return name
}

// heldDeclared reports whether a value of type t, of or made of an
// interface type, may hold at run time a type the script declares that is
// not an interface, by what the package converts to its interface types
// (see ifaceHeld): a map[string]any that encoding/json fills holds Go's
// types alone, whatever the script declares. Where the package converts a
// type parameter's value to an interface, any may.
func (r *reporter) heldDeclared(t types.Type) bool {
	if !r.mayHoldDeclared(t) {
		return false
	}
	h := r.held()
	if h.generic {
		return true
	}
	return h.reach(t, true, func(x types.Type) bool {
		return r.declared(x) && !types.IsInterface(x)
	})
}

// mayHoldDeclared reports whether t is or is made of an interface type
// while the script declares a type that is not an interface, at the top
// level or in a function, which a value of that interface type may hold.
func (r *reporter) mayHoldDeclared(t types.Type) bool {
	if !rewrite.Involves(t, types.IsInterface) {
		return false
	}
	for _, obj := range r.info.Defs {
		if tn, ok := obj.(*types.TypeName); ok && tn.Pkg() == r.pkg && !tn.IsAlias() && !types.IsInterface(tn.Type()) {
			return true
		}
	}
	return false
}

package refuse

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/rewrite"
)

// selfFuncTables refuses a field of a struct type S that holds functions
// in a map, slice, array or channel (a handler table, map[string]func(*S)
// string) whose parameters hold S itself. The interpreter builds the
// function type while it builds S, with a stand-in for S that it never
// replaces there, so storing a function of the table (a literal, a declared
// function, a method expression) panics with reflect's "not assignable"
// or a call of one with "Call using *main.S as type *unsafe2.dummy". A field
// of function type itself (func(*S)), a function that only returns S, and
// a table held outside S run as Go runs them.
func selfFuncTables(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok {
			return true
		}
		st, ok := ts.Type.(*ast.StructType)
		if !ok {
			return true
		}
		tn, ok := r.info.Defs[ts.Name].(*types.TypeName)
		if !ok {
			return true
		}
		self := tn.Type()
		for _, f := range st.Fields.List {
			ft := r.typeOf(f.Type)
			if ft == nil || !r.fieldUsed(f, self) {
				continue
			}
			if sig := heldSelfFunc(ft, self); sig != nil {
				r.refuse(f.Type.Pos(), "the interpreter builds the type of the functions that %s holds, %s, before %s itself, whose type their parameters hold, so storing or calling one panics: keep the table outside the struct (a package-level variable of type %s), or store functions that take no %s (method values: s.hello)",
					fieldName(f), types.TypeString(sig, types.RelativeTo(r.pkg)), tn.Name(), types.TypeString(ft, types.RelativeTo(r.pkg)), tn.Name())
			}
		}
		return true
	})
}

// heldSelfFunc returns a function type that t holds as an element of a
// map, slice, array or channel (through pointers and defined types, not
// through other structs) whose parameters hold self, or nil.
func heldSelfFunc(t, self types.Type) *types.Signature {
	seen := map[types.Type]bool{}
	var walk func(t types.Type, held bool) *types.Signature
	walk = func(t types.Type, held bool) *types.Signature {
		if seen[t] {
			return nil
		}
		seen[t] = true
		switch u := types.Unalias(t).(type) {
		case *types.Named:
			if _, isStruct := u.Underlying().(*types.Struct); isStruct {
				return nil
			}
			return walk(u.Underlying(), held)
		case *types.Pointer:
			return walk(u.Elem(), held)
		case *types.Slice:
			return walk(u.Elem(), true)
		case *types.Array:
			return walk(u.Elem(), true)
		case *types.Chan:
			return walk(u.Elem(), true)
		case *types.Map:
			if s := walk(u.Key(), true); s != nil {
				return s
			}
			return walk(u.Elem(), true)
		case *types.Signature:
			if !held {
				return nil
			}
			for i := range u.Params().Len() {
				if holdsType(u.Params().At(i).Type(), self) {
					return u
				}
			}
		}
		return nil
	}
	return walk(t, false)
}

// holdsType reports whether t is or holds self (through pointers,
// elements, struct fields and defined types).
func holdsType(t, self types.Type) bool {
	return rewrite.Involves(t, func(x types.Type) bool { return types.Identical(x, self) })
}

// fieldUsed reports whether the package selects a field that f declares
// in the struct type self, names it in a composite literal, or writes a
// literal of self without field names: a table declared and never filled
// runs as Go runs it.
func (r *reporter) fieldUsed(f *ast.Field, self types.Type) bool {
	vars := map[types.Object]bool{}
	for _, id := range f.Names {
		if obj := r.info.Defs[id]; obj != nil {
			vars[obj] = true
		}
	}
	if len(f.Names) == 0 {
		st := self.Underlying().(*types.Struct)
		for i := range st.NumFields() {
			if v := st.Field(i); v.Embedded() && v.Pos() == f.Type.Pos() {
				vars[v] = true
			}
		}
	}
	used := false
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			used = used || vars[r.info.Uses[n]]
		case *ast.SelectorExpr:
			if sel := r.info.Selections[n]; sel != nil && vars[sel.Obj()] {
				used = true
			}
		case *ast.CompositeLit:
			if t := r.typeOf(n); t != nil && types.Identical(t, self) && len(n.Elts) > 0 {
				if _, keyed := n.Elts[0].(*ast.KeyValueExpr); !keyed {
					used = true
				}
			}
		}
		return !used
	})
	return used
}

// fieldName names f for a message: its first name, or its type's spelling
// for an embedded field.
func fieldName(f *ast.Field) string {
	if len(f.Names) > 0 {
		return f.Names[0].Name
	}
	return types.ExprString(f.Type)
}

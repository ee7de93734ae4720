package rewrite

import (
	"go/ast"
	"go/types"
)

// A struct type S whose field is a slice or an array of another type that
// holds S again (type client struct{ seen []message } beside type message
// struct{ from *client }; type Shell struct{ cmds []Cmd } beside a Cmd
// with a func(*Shell) field) is built by the interpreter with a stand-in
// for that element, which it replaces only once a function declared before
// the use has S in its signature: until then, append to such a field
// (b.seen = append(b.seen, m)) fails to compile ("cannot use type
// main.message as type unsafe2.dummy"). The pass declares, after the
// file's imports, a function with an empty body that takes a *S (by a
// named parameter: the interpreter does not replace the stand-in for an
// unnamed one) for each such struct type the file declares at its top
// level:
//
//	import "fmt"   =>   import "fmt"; func _slTouch1(_p2 *client) {}

func selfHeld(p *Package, f *ast.File, e *Editor) {
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok {
			continue
		}
		for _, spec := range gd.Specs {
			ts, ok := spec.(*ast.TypeSpec)
			if !ok || ts.TypeParams != nil || ts.Assign.IsValid() {
				continue
			}
			tn, ok := p.Info.Defs[ts.Name].(*types.TypeName)
			if !ok {
				continue
			}
			st, ok := tn.Type().Underlying().(*types.Struct)
			if !ok || !heldBackByElement(st, tn.Type()) {
				continue
			}
			e.Declare("func " + e.Name("slTouch") + "(" + e.Name("p") + " *" + ts.Name.Name + ") {}")
		}
	}
}

// heldBackByElement reports whether a field of st is a slice or an array
// (through defined types) whose element is neither self nor a pointer to
// it (a tree's []*Node, which the interpreter builds as Go does) and holds
// self (through pointers, elements, fields and the parameters and results
// of function types).
func heldBackByElement(st *types.Struct, self types.Type) bool {
	for i := range st.NumFields() {
		t := st.Field(i).Type()
		for {
			var elem types.Type
			switch u := t.Underlying().(type) {
			case *types.Slice:
				elem = u.Elem()
			case *types.Array:
				elem = u.Elem()
			}
			if elem == nil {
				break
			}
			if !types.Identical(derefAll(elem), self) && holdsThroughFuncs(elem, self) {
				return true
			}
			t = elem
		}
	}
	return false
}

// holdsThroughFuncs reports whether t is or holds self, through pointers,
// slices, arrays, maps, channels, struct fields, defined types and the
// parameters and results of function types.
func holdsThroughFuncs(t, self types.Type) bool {
	return involves(t, func(u types.Type) bool { return types.Identical(u, self) }, true, true)
}

// derefAll returns t without its pointers.
func derefAll(t types.Type) types.Type {
	for {
		p, ok := types.Unalias(t).(*types.Pointer)
		if !ok {
			return t
		}
		t = p.Elem()
	}
}

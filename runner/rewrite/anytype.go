package rewrite

import (
	"go/ast"
)

// The interpreter keeps a value of a type that the script declares on
// another empty interface by name (type Event any, type B A with type A
// interface{}) in a form of its own, so that == never finds it equal to
// a constant or to the same value in an any (var e Event = 1; e == 1 is
// false), and a map keyed by it never finds a key; of type Event
// interface{} it keeps the value as Go does. This pass writes the type
// of such a declaration as the empty interface itself, with a /*line*/
// comment keeping the column after it:
//
//	type Event any   =>   type Event interface{}/*line :9:15*/
//
// An interface that embeds only empty ones (interface{ any }), which the
// interpreter stops at, is written so too.

func anyTypes(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok || ts.Assign.IsValid() || ts.TypeParams != nil || !emptyInterface(p.Info.TypeOf(ts.Type)) {
			return true
		}
		if it, ok := ts.Type.(*ast.InterfaceType); ok && len(it.Methods.List) == 0 {
			return true // interface{} itself
		}
		if p.Fset.Position(ts.Type.Pos()).Line != p.Fset.Position(ts.Type.End()).Line {
			return true
		}
		e.Replace(ts.Type.Pos(), ts.Type.End(), "interface{}"+lineDirective(p, ts.Type.End()))
		return true
	})
}

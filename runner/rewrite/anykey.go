package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/lift"
)

// The interpreter keeps a script's value stored as an interface with
// methods (an error, a Shape) and then as an empty interface (var a any =
// err, any(shape), a value received from a chan any) in a wrapper of its
// own, which a map keyed by an empty interface hashes as it is: the same
// value stored from two places was two keys, and an error's wrapper, with
// functions for fields, panicked ("hash of unhashable type"). This pass
// hands such a key to lift.Key, which takes the value out of the wrappers,
// as the map's key in an index expression, a delete and a map literal:
//
//	m[a]++   =>   m[_sl1.Key(a)]++
//
// It does so where the key is an interface or a value of a type with
// methods that the script declares, in a script that declares a type with
// methods; a value of Go's library is never wrapped.

func anyKeys(p *Package, f *ast.File, e *Editor) {
	c := newComparer(p, e)
	if !c.withMethods() {
		return
	}
	key := func(m, k ast.Expr) {
		t := p.Info.TypeOf(m)
		if t == nil {
			return
		}
		mt, ok := t.Underlying().(*types.Map)
		if !ok || !isEmptyInterface(mt.Key()) || isTypeParam(mt.Key()) || !wrappedKey(p, c, k) {
			return
		}
		e.Insert(k.Pos(), e.Import(lift.Package)+".Key(")
		e.InsertFirst(k.End(), ")")
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IndexExpr:
			key(n.X, n.Index)
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && len(n.Args) == 2 {
				if b, ok := p.Info.Uses[id].(*types.Builtin); ok && b.Name() == "delete" {
					key(n.Args[0], n.Args[1])
				}
			}
		case *ast.CompositeLit:
			for _, el := range n.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					key(n, kv.Key)
				}
			}
		}
		return true
	})
}

// wrappedKey reports whether k, a key of a map keyed by an empty
// interface, may be a script's value in the interpreter's wrapper: an
// interface but the nil literal, or a value of a type with methods that
// the script declares, or a pointer to one.
func wrappedKey(p *Package, c *comparer, k ast.Expr) bool {
	t := p.Info.TypeOf(k)
	if t == nil || isNilLit(p, k) || isTypeParam(t) || c.librarySentinel(k) {
		return false
	}
	if types.IsInterface(t) {
		return true
	}
	if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
		t = ptr.Elem()
	}
	return scriptMethods(p, t)
}

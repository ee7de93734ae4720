package rewrite

import (
	"go/ast"
	"go/types"
	"slices"
	"strconv"

	"github.com/socklab/socklab/runner/lift"
)

// A context's String names the key and the value that context.WithValue
// was handed by their types (context.Background.WithValue(main.ctxKey,
// ann)), which under the interpreter are its own: a type of lift's pool, a
// struct spelt by its fields. This pass hands a call whose key or value
// is of a type the script declares to lift.ContextWithValue with the
// names Go gives their types:
//
//	context.WithValue(ctx, ctxKey("user"), "ann")   =>   _sl1.ContextWithValue/*line :9:26*/(ctx, ctxKey("user"), "ann", "main.ctxKey", "")
//
// runner/refuse refuses the calls it cannot name so (ContextValueNames),
// where the program prints a context.

// ContextValueNames returns, for a call of context.WithValue whose key or
// value is of a type the script's packages declare, the names Go's
// context gives them in its String ("" for one of Go's types, which it
// names itself), and ok; ok is false where the call is no such call, or
// the type of either is an interface or a type parameter (known only at
// run time), has a String method (which context calls) but for a type of
// lift's pool (named "", as context calls its method as Go's), or is not
// a type the script declares without type parameters nor a pointer to
// one.
func ContextValueNames(info *types.Info, own func(*types.Package) bool, call *ast.CallExpr) (key, val string, ok bool) {
	sel, isSel := call.Fun.(*ast.SelectorExpr)
	if !isSel || len(call.Args) != 3 || call.Ellipsis.IsValid() {
		return "", "", false
	}
	if pn := pkgOf(info, sel); pn == nil || pn.Imported().Path() != "context" || sel.Sel.Name != "WithValue" {
		return "", "", false
	}
	declared := func(t types.Type) bool {
		n, ok := types.Unalias(t).(*types.Named)
		return ok && n.Obj().Pkg() != nil && own(n.Obj().Pkg())
	}
	var names [2]string
	script := false
	for i, a := range call.Args[1:] {
		t := info.TypeOf(a)
		if t == nil || types.IsInterface(t) || isTypeParam(t) {
			return "", "", false
		}
		if !Involves(t, declared) {
			continue
		}
		n := t
		if p, isPtr := types.Unalias(t).(*types.Pointer); isPtr {
			n = p.Elem()
		}
		named, isNamed := types.Unalias(n).(*types.Named)
		if !isNamed || !declared(named) || named.TypeArgs().Len() > 0 || types.IsInterface(named) {
			return "", "", false
		}
		script = true
		if ms := types.NewMethodSet(t); ms.Lookup(named.Obj().Pkg(), "String") != nil || ms.Lookup(nil, "String") != nil {
			if t != n || !Pooled(named.Obj()) {
				return "", "", false
			}
			continue // a compiled type of lift's pool, whose String context calls as Go's does
		}
		names[i] = types.TypeString(t, func(p *types.Package) string { return p.Name() })
	}
	return names[0], names[1], script
}

func contextValues(p *Package, f *ast.File, e *Editor) {
	own := func(q *types.Package) bool { return q == p.Types || slices.Contains(p.Script, q) }
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		key, val, ok := ContextValueNames(p.Info, own, call)
		if !ok {
			return true
		}
		e.Replace(call.Fun.Pos(), call.Fun.End(), e.Import(lift.Package)+".ContextWithValue"+lineDirective(p, call.Fun.End()))
		e.Insert(call.Rparen, ", "+strconv.Quote(key)+", "+strconv.Quote(val)+lineDirective(p, call.Rparen))
		return true
	})
}

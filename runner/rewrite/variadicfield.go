package rewrite

import (
	"go/ast"
	"go/types"
)

// The interpreter stops, with index out of range, a call of a struct's
// field of a variadic function type that hands it more arguments than
// the type has parameters (r.logf("%s=%d", k, v) of a field logf
// func(string, ...any)): it looks the extra arguments' types up among
// the parameters. A slice spread into the variadic parameter it calls
// right. This pass writes out the slice that Go makes of the extra
// arguments:
//
//	r.logf("%s=%d", k, v)   =>   r.logf("%s=%d", []any{k, v}...)
//
// (with a line directive after each inserted text, that gives the code
// after it its columns back). A function value in a variable takes its
// arguments right, as does a field where a call hands it no more than
// its parameters.

func variadicFields(p *Package, f *ast.File, e *Editor) {
	later := map[*ast.CallExpr]bool{} // deferred or started calls
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.DeferStmt:
			later[n.Call] = true
		case *ast.GoStmt:
			later[n.Call] = true
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if s := p.Info.Selections[sel]; s == nil || s.Kind() != types.FieldVal {
			return true
		}
		sig, ok := typeUnder(p, call.Fun).(*types.Signature)
		if !ok || !sig.Variadic() {
			return true
		}
		spread, extra := call.Ellipsis.IsValid(), len(call.Args) > sig.Params().Len()
		if later[call] && (spread || extra) {
			e.Refuse(call.Pos(), "the interpreter stops a deferred call, or one a go statement starts, of a field of a variadic function type that spreads a slice or hands it more arguments than its parameters: make the call inside a function literal (defer func() { %s(...) }())", types.ExprString(call.Fun))
			return true
		}
		if spread || !extra {
			return true
		}
		last := sig.Params().Len() - 1
		slice, ok := typeName(p, f, sig.Params().At(last).Type(), true)
		if !ok {
			return true
		}
		first, end := call.Args[last], call.Args[len(call.Args)-1].End()
		e.InsertAround(first.Pos(), end, slice+"{"+e.lineAt(first.Pos()), "}..."+e.lineAt(end))
		return true
	})
}

package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// A function literal deferred in a loop is one value per iteration under
// Go, each with the iteration's variables; the interpreter keeps only the
// place where it made the literal, and calls the last one as many times.
// Where the literal reads variables that the loop declares (and neither it
// nor the rest of the iteration changes them afterwards), this pass hands
// it their values as parameters of the same names, saved just before the
// defer statement, so that every call has its own:
//
//	for _, c := range conns {           for _, c := range conns { _cap1 := c
//		defer func() { c.Close() }()   =>   defer func(c net.Conn) { c.Close() }(_cap1)

func savedCaptures(p *Package, f *ast.File, e *Editor) {
	var at map[ast.Stmt]slot
	inspectDefers(f, func(d *ast.DeferStmt, stack []ast.Node) {
		lit, ok := ast.Unparen(d.Call.Fun).(*ast.FuncLit)
		if !ok {
			return
		}
		_, loop := enclosingFunc(stack)
		if loop == nil {
			return
		}
		vars := loopCaptures(p, lit, loop)
		if len(vars) == 0 {
			return
		}
		if d.Call.Ellipsis.IsValid() || p.Info.Types[lit].Type.(*types.Signature).Variadic() {
			e.Refuse(d.Pos(), "the interpreter calls the function literal deferred in the last iteration of this loop once for each iteration, and it reads %s: move the loop's body into a function of its own", vars[0].Name())
			return
		}
		if at == nil {
			at = slots(f)
		}
		s, ok := at[d]
		refuse := func(v *types.Var, why string) {
			e.Refuse(d.Pos(), "the interpreter calls the function literal deferred in the last iteration of this loop once for each iteration, and %s %s: move the loop's body into a function of its own", v.Name(), why)
		}
		var params, saved, values []string
		for _, v := range vars {
			switch {
			case !ok:
				refuse(v, "cannot be saved before the defer statement")
				return
			case changedIn(p, lit.Body, v, token.NoPos) || changedIn(p, loop, v, d.End()):
				refuse(v, "changes after the defer statement")
				return
			case p.Info.Scopes[lit.Type] != nil && p.Info.Scopes[lit.Type].Lookup(v.Name()) != nil:
				refuse(v, "is also the name of a parameter")
				return
			}
			tn, ok := typeName(p, f, v.Type(), false)
			if !ok {
				refuse(v, "has a type that has no name here")
				return
			}
			name := e.Name("cap")
			params = append(params, v.Name()+" "+tn)
			saved = append(saved, name)
			values = append(values, v.Name())
		}
		e.Insert(s.pos, s.statement(strings.Join(saved, ", ")+" := "+strings.Join(values, ", ")))
		sep := ""
		if lit.Type.Params.NumFields() > 0 {
			sep = ", "
		}
		e.Insert(lit.Type.Params.Closing, sep+strings.Join(params, ", "))
		sep = ""
		if len(d.Call.Args) > 0 {
			sep = ", "
		}
		e.Insert(d.Call.Rparen, sep+strings.Join(saved, ", "))
	})
}

// loopCaptures returns the variables declared in loop (its own, or in its
// body) that lit reads, in the order it first reads them.
func loopCaptures(p *Package, lit *ast.FuncLit, loop ast.Node) []*types.Var {
	var vars []*types.Var
	seen := map[*types.Var]bool{}
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		v, ok := p.Info.Uses[id].(*types.Var)
		if !ok || v.IsField() || seen[v] || v.Pos() < loop.Pos() || v.Pos() >= loop.End() || (v.Pos() >= lit.Pos() && v.Pos() < lit.End()) {
			return true
		}
		seen[v] = true
		vars = append(vars, v)
		return true
	})
	return vars
}

package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// Go makes a function literal's closure where the literal is, with the
// variables of the loop iteration it is made in. The interpreter does so
// for a literal it keeps as a value (a variable, an element of the
// script's slice), but a literal that it hands straight to compiled code
// (an argument of Go's library, wg.Go(func() {...}), mux.HandleFunc(p,
// func(...) {...}); a conversion to one of its types, http.HandlerFunc(func
// ...); a field or element of a composite literal of one) reads the
// variables of the function around it when the compiled code calls it:
// the last iteration's, where the literal reads a variable of the loop it
// is made in. This pass makes such a literal a value first, as the only
// element of a slice of its type, on its line; a line directive after the
// inserted text gives the code after it its columns back:
//
//	wg.Go(func() { use(i) })   =>   wg.Go([]func(){/*line :5:8*/func() { use(i) }}[0]/*line :5:26*/)
//
// Only a literal that reads a variable declared in a loop around it (in
// the loop's header or body) is rewritten. A deferred call or a go
// statement's call is left to the passes that save their arguments.
func init() { register(Pass{Name: "funcvalues", Run: funcValues}) }

func funcValues(p *Package, f *ast.File, e *Editor) {
	var stack []ast.Node
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		for _, lit := range handedToCompiled(p, n, stack) {
			if readsIterationVar(p, lit, stack) {
				asValue(p, e, lit)
			}
		}
		return true
	})
}

// handedToCompiled returns the function literals that n hands straight to
// compiled code: the arguments of a call of a function or method of
// another package, or of a conversion to a type of one, and the values of
// a composite literal of such a type.
func handedToCompiled(p *Package, n ast.Node, stack []ast.Node) []*ast.FuncLit {
	var exprs []ast.Expr
	switch n := n.(type) {
	case *ast.CallExpr:
		if len(stack) > 1 && callOf(stack[len(stack)-2]) == n || !compiledCallee(p, n) {
			return nil
		}
		exprs = n.Args
	case *ast.CompositeLit:
		if !foreign(p, p.Info.TypeOf(n)) {
			return nil
		}
		for _, elt := range n.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			exprs = append(exprs, elt)
		}
	default:
		return nil
	}
	var lits []*ast.FuncLit
	for _, x := range exprs {
		if lit, ok := ast.Unparen(x).(*ast.FuncLit); ok {
			lits = append(lits, lit)
		}
	}
	return lits
}

// callOf returns the call of a defer or go statement, nil for another node.
func callOf(s ast.Node) *ast.CallExpr {
	switch s := s.(type) {
	case *ast.DeferStmt:
		return s.Call
	case *ast.GoStmt:
		return s.Call
	}
	return nil
}

// compiledCallee reports whether call calls a function or method that is
// not generic and not the script's, or converts to a type of another
// package.
func compiledCallee(p *Package, call *ast.CallExpr) bool {
	fun := ast.Unparen(call.Fun)
	if tv, ok := p.Info.Types[fun]; ok && tv.IsType() {
		return foreign(p, tv.Type)
	}
	var obj types.Object
	switch fun := fun.(type) {
	case *ast.Ident:
		obj = p.Info.Uses[fun]
	case *ast.SelectorExpr:
		if sel := p.Info.Selections[fun]; sel != nil {
			obj = sel.Obj()
		} else {
			obj = p.Info.Uses[fun.Sel]
		}
	}
	fn, ok := obj.(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg() == p.Types {
		return false
	}
	sig := fn.Type().(*types.Signature)
	return sig.TypeParams().Len() == 0 && sig.RecvTypeParams().Len() == 0
}

// foreign reports whether t is a named type of another package than the
// script's.
func foreign(p *Package, t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg() != p.Types
}

// readsIterationVar reports whether lit reads a variable declared, outside
// lit, in a loop around it.
func readsIterationVar(p *Package, lit *ast.FuncLit, stack []ast.Node) bool {
	var loops []ast.Node
	for _, n := range stack {
		switch n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			loops = append(loops, n)
		}
	}
	if len(loops) == 0 {
		return false
	}
	found := false
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || found {
			return !found
		}
		v, ok := p.Info.Uses[id].(*types.Var)
		if !ok || v.IsField() || within(v.Pos(), lit) {
			return true
		}
		for _, l := range loops {
			if within(v.Pos(), l) {
				found = true
			}
		}
		return true
	})
	return found
}

func within(pos token.Pos, n ast.Node) bool { return n.Pos() <= pos && pos < n.End() }

// asValue writes lit as the only element of a slice of its type, indexed:
// the type as the other passes leave it (iter.Seq written out, say).
func asValue(p *Package, e *Editor, lit *ast.FuncLit) {
	start, end := p.Fset.Position(lit.Pos()), p.Fset.Position(lit.End())
	e.Later(func() {
		typ := e.Edited(lit.Type.Pos(), lit.Type.End())
		e.Insert(lit.Pos(), fmt.Sprintf("[]%s{/*line :%d:%d*/", typ, start.Line, start.Column))
		e.Insert(lit.End(), fmt.Sprintf("}[0]/*line :%d:%d*/", end.Line, end.Column))
	})
}

package refuse

import (
	"go/ast"
	"go/types"
)

// embedOrder refuses a value of a struct type without a name that embeds
// a field with methods before its last field (struct{ io.Reader;
// io.Writer }, struct{ io.Reader; name string }), stored as an interface
// through which a method of that field could be called: the interpreter's
// interface value calls the methods of such a struct on its last field,
// so Read went to the io.Writer, and a call it found on none panicked
// with "method not found". A struct type with a name, or a pointer to the
// struct, calls the right field's method.
func embedOrder(r *reporter) {
	r.inspect(func(n ast.Node, stack []ast.Node) bool {
		stored := func(x ast.Expr, target types.Type, _ ast.Expr) {
			if target == nil {
				return
			}
			it, ok := target.Underlying().(*types.Interface)
			if !ok {
				return
			}
			if _, param := types.Unalias(target).(*types.TypeParam); param {
				return
			}
			st, ok := types.Unalias(r.typeOf(x)).(*types.Struct)
			if !ok {
				return
			}
			if f := earlyEmbedded(st, it); f != nil {
				r.refuse(x.Pos(), "the interpreter calls the methods of a struct without a name on its last field once it is stored as %s, and this one embeds %s before it: declare the struct type with a name at the top level (type pair struct{ ... }), or store a pointer to it (&struct{ ... }{...})",
					types.TypeString(target, types.RelativeTo(r.pkg)), types.TypeString(f.Type(), types.RelativeTo(r.pkg)))
			}
		}
		r.flows(n, stack, stored)
		if ret, ok := n.(*ast.ReturnStmt); ok {
			r.declResults(ret, stack, stored)
		}
		return true
	})
}

// declResults hands stored the results of ret where the function it
// returns from is a declared one (flows finds a function literal's).
func (r *reporter) declResults(ret *ast.ReturnStmt, stack []ast.Node, stored func(ast.Expr, types.Type, ast.Expr)) {
	for i := len(stack) - 1; i >= 0; i-- {
		switch f := stack[i].(type) {
		case *ast.FuncLit:
			return
		case *ast.FuncDecl:
			fn, ok := r.info.Defs[f.Name].(*types.Func)
			if !ok {
				return
			}
			res := fn.Signature().Results()
			if res.Len() != len(ret.Results) {
				return
			}
			for j, x := range ret.Results {
				stored(x, res.At(j).Type(), nil)
			}
			return
		}
	}
}

// earlyEmbedded returns the first embedded field of st but its last whose
// methods it promotes, and whose method a value of it stored in it could
// call through it: one of its methods (any method, where it is empty, as
// the value may be asserted to another interface later); nil if none.
func earlyEmbedded(st *types.Struct, it *types.Interface) *types.Var {
	ms := types.NewMethodSet(st)
	for i := range st.NumFields() - 1 {
		f := st.Field(i)
		if !f.Embedded() {
			continue
		}
		for j := range ms.Len() {
			sel := ms.At(j)
			if sel.Index()[0] != i {
				continue
			}
			if it.Empty() {
				return f
			}
			for k := range it.NumMethods() {
				if it.Method(k).Name() == sel.Obj().Name() {
					return f
				}
			}
		}
	}
	return nil
}

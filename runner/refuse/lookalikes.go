package refuse

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/socklab/socklab/runner/rewrite"
)

// lookalikeCases refuses the type switch cases and type assertions of a
// type that the interpreter cannot tell from another type of the script
// that the interface asserted may hold:
// it gives a type the script declares the runtime form of its underlying
// type (reflect cannot make named types), with unexported field names
// made exported, so that type A struct{ V int } and type B struct{ V int }
// are one type at run time, and so are type List []int and []int; a value
// of either matches the case of the first, and == of an interface holding
// one with a struct or array value of the other is true. (A type declared on a basic
// type, runner/rewrite makes a compiled type of its own, and struct types
// that look alike it marks with a tag of their own where it can.)
func lookalikeCases(r *reporter) {
	var forms map[string][]types.Type
	var marks map[*types.TypeName]string
	check := func(e ast.Expr, what string, operand ast.Expr) {
		var held types.Type
		if operand != nil {
			held = r.typeOf(operand)
		}
		t := r.typeOf(e)
		if t == nil || types.IsInterface(t) {
			return
		}
		if forms == nil {
			marks = rewrite.MarkedStructs(r.files, r.pkg, r.info)
			forms = r.runtimeForms(marks)
		}
		for _, u := range forms[rewrite.RuntimeForm(r.pkg, t, marks)] {
			if types.Identical(u, t) || sameInstance(u, t) || !mayHold(held, u) || !r.flowsTo(operand, u) {
				continue
			}
			name, other := types.TypeString(t, types.RelativeTo(r.pkg)), types.TypeString(u, types.RelativeTo(r.pkg))
			instead := "switch on a value of a struct type of its own that holds it"
			if _, ok := t.Underlying().(*types.Struct); ok {
				instead = "give " + name + " a field of its own"
				if _, ok := u.Underlying().(*types.Struct); ok && r.declared(u) {
					instead = "give " + name + " or " + other + " a field of its own"
				}
			}
			r.refuse(e.Pos(), "%sthe interpreter cannot tell %s from %s in a %s, since it makes them one type (it keeps no type names): %s", caseLabel(what, name), name, other, what, instead)
			return
		}
	}
	// compared checks a struct or array value e compared with x, an
	// interface, which may hold a value of a type that looks like e's.
	compared := func(x, e ast.Expr) {
		tx, t := r.typeOf(x), r.typeOf(e)
		if tx == nil || t == nil || !types.IsInterface(tx) || types.IsInterface(t) {
			return
		}
		switch t.Underlying().(type) {
		case *types.Struct, *types.Array:
			check(e, "comparison", nil)
		}
	}
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeSwitchStmt:
			x := switched(n)
			for _, c := range n.Body.List {
				for _, e := range c.(*ast.CaseClause).List {
					check(e, "type switch", x)
				}
			}
		case *ast.TypeAssertExpr:
			if n.Type != nil {
				check(n.Type, "type assertion", n.X)
			}
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				compared(n.X, n.Y)
				compared(n.Y, n.X)
			}
		case *ast.SwitchStmt:
			if n.Tag != nil {
				for _, c := range n.Body.List {
					for _, e := range c.(*ast.CaseClause).List {
						compared(n.Tag, e)
					}
				}
			}
		}
		return true
	})
}

// switched returns the operand of a type switch's x.(type).
func switched(n *ast.TypeSwitchStmt) ast.Expr {
	var x ast.Expr
	switch a := n.Assign.(type) {
	case *ast.ExprStmt:
		x = a.X
	case *ast.AssignStmt:
		if len(a.Rhs) == 1 {
			x = a.Rhs[0]
		}
	}
	if ta, ok := ast.Unparen(x).(*ast.TypeAssertExpr); ok {
		return ta.X
	}
	return nil
}

// mayHold reports whether a value of the interface type held (nil where
// not known) may hold a value of type u: u implements it. A type the
// interface cannot hold is never confused with the type asserted, whatever
// its runtime form (A Handler interface holds a HandlerFunc, never the
// function type it is declared on, which has no methods).
func mayHold(held, u types.Type) bool {
	if held == nil {
		return true
	}
	iface, ok := held.Underlying().(*types.Interface)
	if !ok {
		return true // a type parameter's core type, or what the checker did not type
	}
	return types.Implements(u, iface)
}

// flowsTo reports whether operand, an interface asserted, may hold a
// value of type u at run time, by what the package converts to its type
// (see ifaceHeld): a WordCounter that only fmt.Fprintf is handed is never
// in the io.Writer asserted to *ByteCounter. Where operand is nil or not
// an interface, or a type parameter's value is converted to an
// interface, it may.
func (r *reporter) flowsTo(operand ast.Expr, u types.Type) bool {
	if operand == nil {
		return true
	}
	t := r.typeOf(operand)
	h := r.held()
	if t == nil || !types.IsInterface(t) || h.generic {
		return true
	}
	return h.reach(t, true, func(x types.Type) bool { return types.Identical(x, u) })
}

// sameInstance reports whether t and u are one generic type written with
// the type parameters of two functions or methods in the same places
// (*entry[K, V] in two methods of LRU[K, V]): in each instance they are
// one type, which the interpreter builds for the instance's types.
func sameInstance(t, u types.Type) bool {
	for {
		pt, ok1 := t.(*types.Pointer)
		pu, ok2 := u.(*types.Pointer)
		if !ok1 || !ok2 {
			break
		}
		t, u = pt.Elem(), pu.Elem()
	}
	nt, ok1 := types.Unalias(t).(*types.Named)
	nu, ok2 := types.Unalias(u).(*types.Named)
	if !ok1 || !ok2 || nt.Origin() != nu.Origin() || nt.TypeArgs().Len() == 0 {
		return false
	}
	for i := range nt.TypeArgs().Len() {
		at, ok1 := nt.TypeArgs().At(i).(*types.TypeParam)
		au, ok2 := nu.TypeArgs().At(i).(*types.TypeParam)
		if !ok1 || !ok2 || at.Index() != au.Index() {
			return false
		}
	}
	return true
}

func caseLabel(what, name string) string {
	if what == "type switch" {
		return "case " + name + ": "
	}
	return ""
}

// runtimeForms returns the types of the package's values and the types it
// declares, but interfaces, by their runtime form in the interpreter once
// runner/rewrite has marked marks.
func (r *reporter) runtimeForms(marks map[*types.TypeName]string) map[string][]types.Type {
	forms := map[string][]types.Type{}
	add := func(t types.Type) {
		if t == nil || types.IsInterface(t) {
			return
		}
		if _, ok := t.(*types.Tuple); ok {
			return
		}
		key := rewrite.RuntimeForm(r.pkg, t, marks)
		for _, u := range forms[key] {
			if types.Identical(u, t) {
				return
			}
		}
		forms[key] = append(forms[key], t)
	}
	// In the order of the source, so that of identical types the one
	// written first gives the spelling a refusal shows (func(w
	// *strings.Builder) or func(*strings.Builder)), on every run.
	var exprs []ast.Expr
	for e, tv := range r.info.Types {
		if tv.IsValue() {
			exprs = append(exprs, e)
		}
	}
	slices.SortFunc(exprs, func(a, b ast.Expr) int {
		return cmp.Or(cmp.Compare(a.Pos(), b.Pos()), cmp.Compare(b.End(), a.End()))
	})
	for _, e := range exprs {
		add(r.info.Types[e].Type)
	}
	var names []*types.TypeName
	for _, obj := range r.info.Defs {
		if tn, ok := obj.(*types.TypeName); ok {
			names = append(names, tn)
		}
	}
	slices.SortFunc(names, func(a, b *types.TypeName) int { return cmp.Compare(a.Pos(), b.Pos()) })
	for _, tn := range names {
		add(tn.Type())
	}
	return forms
}

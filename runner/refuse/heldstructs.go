package refuse

import (
	"github.com/socklab/socklab/runner/rewrite"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
)

// heldStructs refuses, in a package that stores a value of an interface
// of Go's library other than error (fmt.Stringer, sort.Interface) as an
// empty interface (var a any = s, any(s), an []any, a chan any, an
// argument of type any), what would look into that empty interface for a
// struct of the script that implements the library's interface with value
// receivers: an assertion or a type switch case of the struct's type, ==
// with such a struct or another interface, and a key of a map keyed by an
// empty interface. The interpreter keeps such a struct, stored as the
// library's interface, in a wrapper that holds one of its fields rather
// than the struct, and the wrapper stays as it is in the empty interface:
// a.(P) found nothing, a == P{1, 2} was false, and a map told equal keys
// apart, where Go finds the struct. (An error's wrapper gives the value
// back: runner/rewrite, passes heldassert, ifaceequal and anykey.) A
// package that never stores such an interface as an empty one holds no
// such wrapper in one, and nothing of it is refused.
func heldStructs(r *reporter) {
	lost := r.wrappedStructs()
	if len(lost) == 0 {
		return
	}
	h := &heldFlow{r: r, lost: lost, vars: map[*types.Var]bool{}, froms: map[types.Type]token.Pos{}}
	// Follow the wrappers from where they are stored as an empty
	// interface: into variables, and on from them; anywhere else (a field,
	// an element, a channel, an argument, a result) they may go anywhere.
	for range 4 {
		before := len(h.vars)
		r.inspect(func(n ast.Node, stack []ast.Node) bool {
			r.flows(n, stack, h.stored)
			if vs, ok := n.(*ast.ValueSpec); ok && vs.Type == nil && len(vs.Names) == len(vs.Values) {
				for i, x := range vs.Values {
					if obj := r.info.Defs[vs.Names[i]]; obj != nil {
						h.stored(x, obj.Type(), vs.Names[i])
					}
				}
			}
			if a, ok := n.(*ast.AssignStmt); ok && a.Tok == token.DEFINE && len(a.Lhs) == len(a.Rhs) {
				for i, x := range a.Rhs {
					if id, ok := a.Lhs[i].(*ast.Ident); ok && r.info.ObjectOf(id) != nil {
						h.stored(x, r.info.ObjectOf(id).Type(), id)
					}
				}
			}
			return true
		})
		if h.escaped || len(h.vars) == before {
			break
		}
	}
	if !h.from.IsValid() {
		return
	}
	why := func(t types.Type, what string) string {
		iface, from := h.iface, h.from // the first place, where no other stores t's interface
		if t == nil || !h.isLost(t) {
			t = lost[iface][0]
		}
		found := false
		for l, ts := range lost {
			at, ok := h.froms[l]
			if ok && slices.ContainsFunc(ts, func(s types.Type) bool { return types.Identical(s, t) }) && (!found || at < from) {
				iface, from, found = l, at, true
			}
		}
		name := r.typeString(t)
		holds := "one of its fields, not the struct"
		if _, ok := t.Underlying().(*types.Struct); !ok {
			holds = "its value without its type"
		}
		return "the interpreter keeps a " + name + " stored as " + r.typeString(iface) + " in a wrapper that holds " + holds + ", and the value stored as an empty interface at " + r.fset.Position(from).String() + " stays in it, so " + what + ": give " + name + "'s methods pointer receivers and store &" + name + "{...}, or keep the value as " + r.typeString(iface)
	}
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeAssertExpr:
			if n.Type != nil && h.holds(n.X) && h.isLost(r.typeOf(n.Type)) {
				r.refuse(n.Type.Pos(), "%s", why(r.typeOf(n.Type), "this type assertion never finds it"))
			}
		case *ast.TypeSwitchStmt:
			var guard *ast.TypeAssertExpr
			switch a := n.Assign.(type) {
			case *ast.AssignStmt:
				guard, _ = a.Rhs[0].(*ast.TypeAssertExpr)
			case *ast.ExprStmt:
				guard, _ = a.X.(*ast.TypeAssertExpr)
			}
			if guard == nil || !h.holds(guard.X) {
				return true
			}
			for _, c := range n.Body.List {
				for _, e := range c.(*ast.CaseClause).List {
					if h.isLost(r.typeOf(e)) {
						r.refuse(e.Pos(), "case %s: %s", r.typeString(r.typeOf(e)), why(r.typeOf(e), "this case never matches it"))
					}
				}
			}
		case *ast.BinaryExpr:
			if n.Op != token.EQL && n.Op != token.NEQ {
				return true
			}
			for _, pair := range [][2]ast.Expr{{n.X, n.Y}, {n.Y, n.X}} {
				if h.holds(pair[0]) && r.mayHold(pair[1], h.isLost) {
					r.refuse(n.OpPos, "%s", why(r.typeOf(pair[1]), "== finds it equal to nothing"))
					return true
				}
			}
		case *ast.IndexExpr:
			if m, ok := typeUnder(r, n.X).(*types.Map); ok && emptyIface(m.Key()) && h.holds(n.Index) {
				r.refuse(n.Index.Pos(), "%s", why(r.typeOf(n.Index), "a map keyed by it tells equal values apart"))
			}
		}
		return true
	})
}

// A heldFlow follows where the values of a library's interface that may
// hold a struct of the script in a wrapper (lost) go as empty interfaces.
type heldFlow struct {
	r       *reporter
	lost    map[types.Type][]types.Type // the library's interfaces, with the structs
	from    token.Pos                   // the first place that stores one as an empty interface
	iface   types.Type                  // the interface stored there
	froms   map[types.Type]token.Pos    // the first such place of each interface
	vars    map[*types.Var]bool         // the variables of an empty interface that may hold one
	escaped bool                        // one may be anywhere else too
}

// stored notes x, stored in a place of type target, dest where that
// place is a variable (nil elsewhere), where x may hold a wrapper.
func (h *heldFlow) stored(x ast.Expr, target types.Type, dest ast.Expr) {
	if !emptyIface(target) || !h.source(x) {
		return
	}
	if id, ok := dest.(*ast.Ident); ok {
		v, _ := h.r.info.Defs[id].(*types.Var)
		if v == nil {
			v, _ = h.r.info.Uses[id].(*types.Var)
		}
		if v != nil && !v.IsField() && v.Parent() != h.r.pkg.Scope() {
			h.vars[v] = true
			return
		}
	}
	h.escaped = true
}

// source reports whether x, stored as an empty interface, may hold a
// wrapper: a value of a lost interface (the first such place is noted),
// or a variable that holds one.
func (h *heldFlow) source(x ast.Expr) bool {
	t := h.r.typeOf(x)
	for l := range h.lost {
		if t != nil && types.Identical(t, l) {
			if !h.from.IsValid() {
				h.from, h.iface = x.Pos(), l
			}
			if _, ok := h.froms[l]; !ok {
				h.froms[l] = x.Pos()
			}
			return true
		}
	}
	return h.heldVar(x)
}

// heldVar reports whether x is a variable that may hold a wrapper.
func (h *heldFlow) heldVar(x ast.Expr) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return false
	}
	v, _ := h.r.info.Uses[id].(*types.Var)
	return v != nil && h.vars[v]
}

// holds reports whether x, an operand of an empty interface type, may
// hold a wrapper.
func (h *heldFlow) holds(x ast.Expr) bool {
	if !emptyIface(h.r.typeOf(x)) {
		return false
	}
	if h.escaped {
		return true
	}
	return h.heldVar(x)
}

// isLost reports whether t is one of the structs that a wrapper may hold.
func (h *heldFlow) isLost(t types.Type) bool {
	if t == nil {
		return false
	}
	for _, ts := range h.lost {
		if slices.ContainsFunc(ts, func(s types.Type) bool { return types.Identical(s, t) }) {
			return true
		}
	}
	return false
}

// wrappedStructs returns the interfaces of Go's library with methods,
// but error, that struct types of the package (with fields), or types on
// a slice, map, array, channel or function type, implement with value
// receivers, each with those types. (The interpreter's wrapper keeps a
// value of one of the others as its runtime type, without the script's
// type, which its assertion then looks for; a type on a basic type is
// compiled, pass basicnamed, or refused where it asserts, lookalikes.)
func (r *reporter) wrappedStructs() map[types.Type][]types.Type {
	var structs []types.Type
	for _, obj := range r.info.Defs {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() || tn.Pkg() != r.pkg {
			continue
		}
		if n, ok := tn.Type().(*types.Named); !ok || n.TypeParams().Len() > 0 {
			continue
		}
		if types.NewMethodSet(tn.Type()).Len() == 0 {
			continue
		}
		switch u := tn.Type().Underlying().(type) {
		case *types.Struct:
			if u.NumFields() > 0 {
				structs = append(structs, tn.Type())
			}
		case *types.Slice, *types.Map, *types.Array, *types.Chan, *types.Signature:
			structs = append(structs, tn.Type())
		}
	}
	if len(structs) == 0 {
		return nil
	}
	lost := map[types.Type][]types.Type{}
	errT := types.Universe.Lookup("error").Type()
	seen := map[types.Type]bool{}
	for _, tv := range r.info.Types {
		t := tv.Type
		if t == nil || seen[t] || !tv.IsValue() || !r.libraryInterface(t) || types.Identical(t, errT) {
			continue
		}
		seen[t] = true
		it := t.Underlying().(*types.Interface)
		for _, s := range structs {
			if types.Implements(s, it) && !selfInStringer(r.pkg, t, s) {
				lost[t] = append(lost[t], s)
			}
		}
	}
	return lost
}

// selfInStringer reports whether the interpreter's wrapper of a value of
// s, a type of pkg, stored as t gives the value back: t is fmt.Stringer,
// whose wrapper gostd picks for a value with the method lift.SelfMethod,
// and s a type that pass errormethods gives the method with its name (of
// the top level, not generic), so lift.Held takes s's value out of the
// wrapper for assertions, comparisons and printing (runner/rewrite).
func selfInStringer(pkg *types.Package, t, s types.Type) bool {
	if !rewrite.IsFmtStringer(t) {
		return false
	}
	name, ok := rewrite.SelfTyped(nil, pkg, s)
	return ok && name != ""
}

// flows hands stored each expression that n, a node of the package whose
// ancestors are stack, stores in a place of another type, with that type:
// an assignment, a declaration with a type, an argument (but those of fmt
// and log, which print it), a result, a sent value, an element of a
// composite literal, a conversion.
func (r *reporter) flows(n ast.Node, stack []ast.Node, stored func(x ast.Expr, target types.Type, dest ast.Expr)) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
			for i, x := range n.Rhs {
				stored(x, r.typeOf(n.Lhs[i]), n.Lhs[i])
			}
		}
	case *ast.ValueSpec:
		if n.Type != nil && len(n.Values) == len(n.Names) {
			for i, x := range n.Values {
				stored(x, r.typeOf(n.Type), n.Names[i])
			}
		}
	case *ast.SendStmt:
		if ch, ok := typeUnder(r, n.Chan).(*types.Chan); ok {
			stored(n.Value, ch.Elem(), nil)
		}
	case *ast.ReturnStmt:
		for i := len(stack) - 1; i >= 0; i-- {
			var ft *ast.FuncType
			switch f := stack[i].(type) {
			case *ast.FuncDecl:
				ft = f.Type
			case *ast.FuncLit:
				ft = f.Type
			default:
				continue
			}
			if sig, ok := r.typeOf(ft).(*types.Signature); ok && sig.Results().Len() == len(n.Results) {
				for j, x := range n.Results {
					stored(x, sig.Results().At(j).Type(), nil)
				}
			}
			break
		}
	case *ast.CompositeLit:
		switch u := typeUnder(r, n).(type) {
		case *types.Slice, *types.Array:
			elem := u.(interface{ Elem() types.Type }).Elem()
			for _, el := range n.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					el = kv.Value
				}
				stored(el, elem, nil)
			}
		case *types.Map:
			for _, el := range n.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					stored(kv.Key, u.Key(), nil)
					stored(kv.Value, u.Elem(), nil)
				}
			}
		case *types.Struct:
			for i, el := range n.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok {
						if f, ok := r.info.Uses[id].(*types.Var); ok {
							stored(kv.Value, f.Type(), nil)
						}
					}
				} else if i < u.NumFields() {
					stored(el, u.Field(i).Type(), nil)
				}
			}
		}
	case *ast.CallExpr:
		if tv, ok := r.info.Types[n.Fun]; ok && tv.IsType() {
			if len(n.Args) == 1 {
				stored(n.Args[0], tv.Type, nil)
			}
			return
		}
		if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
			if f, ok := r.info.Uses[sel.Sel].(*types.Func); ok && f.Pkg() != nil && (f.Pkg().Path() == "fmt" || f.Pkg().Path() == "log") {
				return // printed, not kept
			}
		}
		sig, ok := typeUnder(r, n.Fun).(*types.Signature)
		if !ok {
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && len(n.Args) > 1 && !n.Ellipsis.IsValid() {
				if b, ok := r.info.Uses[id].(*types.Builtin); ok && b.Name() == "append" {
					if s, ok := typeUnder(r, n.Args[0]).(*types.Slice); ok {
						for _, a := range n.Args[1:] {
							stored(a, s.Elem(), nil)
						}
					}
				}
			}
			return
		}
		for i, a := range n.Args {
			switch {
			case i < sig.Params().Len()-1 || !sig.Variadic() && i < sig.Params().Len():
				stored(a, sig.Params().At(i).Type(), nil)
			case sig.Variadic() && !n.Ellipsis.IsValid():
				stored(a, sig.Params().At(sig.Params().Len()-1).Type().(*types.Slice).Elem(), nil)
			}
		}
	}
}

// mayHold reports whether x, compared with an empty interface or keying a
// map by one, may be a struct that isLost tells: an interface but the
// nil literal, or a value of such a struct type.
func (r *reporter) mayHold(x ast.Expr, isLost func(types.Type) bool) bool {
	t := r.typeOf(x)
	if t == nil {
		return false
	}
	if tv := r.info.Types[x]; tv.IsNil() {
		return false
	}
	return types.IsInterface(t) || isLost(t)
}

// emptyIface reports whether t is an interface without methods (but a
// type parameter's constraint).
func emptyIface(t types.Type) bool {
	if t == nil {
		return false
	}
	if _, ok := types.Unalias(t).(*types.TypeParam); ok {
		return false
	}
	it, ok := t.Underlying().(*types.Interface)
	return ok && it.Empty()
}

// typeUnder returns the underlying type of x's type, or nil.
func typeUnder(r *reporter, x ast.Expr) types.Type {
	if t := r.typeOf(x); t != nil {
		return t.Underlying()
	}
	return nil
}

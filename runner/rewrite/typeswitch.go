package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// The interpreter's type switch never matches an interface case (case
// error, case fmt.Stringer), and panics on a nil operand with a case of
// the empty interface (case any), while its comma-ok type assertion answers
// right for the interfaces of Go's library (runner/refuse refuses the
// cases it answers wrongly: interfaces the script declares, and pointers
// to script types whose value methods implement the interface); nor, on
// an interface of Go's library (error), a case of a pointer to a script's
// type, which the assertion finds too; nor, on an empty interface, a case
// of a script's type that the interpreter keeps there in a wrapper of its
// own (keptInWrapper: a struct with a String method received from a chan
// any), which the assertion sees through; nor, on an interface with
// methods that the script declares (Shape, interface{ Area() float64 }),
// whose nil the interpreter keeps as a zero value of its own wrapper, a
// case nil, which its == nil finds. This pass writes a type switch with such a case as a
// switch on the answers of such assertions, in the same order, declaring
// the switch's variable at the top of each case that uses it:
//
//	switch x := v.(type) {   =>   switch _ts1 := v; {
//	case error:                   case _ts1 != nil && func() bool { _, ok := _ts1.(error); return ok }():
//		use(x)                         x := _ts1.(error); use(x)
//	case nil:                     case _ts1 == nil:
//
// A case of an interface of Go's library on an empty interface, where the
// script's types implement it, asks heldAsFunc's function, whose value the
// case's variable is (x, _ := _slAs1(_ts1)).
//
// A case of the empty interface, whose assertion fails in the interpreter
// too, is tested as v != nil, and its variable converted (x := (any)(v)).
// A plain local variable is tested as it is (v need not be saved), which
// leaves room for a switch's own init statement.

func typeSwitch(p *Package, f *ast.File, e *Editor) {
	lifted := AssertionLifts(p.Fset, p.Info, p.Script, p.Types, []*ast.File{f})
	ast.Inspect(f, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSwitchStmt)
		if !ok || len(ts.Body.List) == 0 {
			return true // pass emptyswitch writes one without clauses
		}
		if !assertedSwitch(p, ts) {
			bindSwitch(p, ts, e)
			return true
		}
		var guard *ast.TypeAssertExpr
		var sym *ast.Ident
		switch a := ts.Assign.(type) {
		case *ast.AssignStmt:
			guard, sym = a.Rhs[0].(*ast.TypeAssertExpr), a.Lhs[0].(*ast.Ident)
		case *ast.ExprStmt:
			guard = a.X.(*ast.TypeAssertExpr)
		}
		v := e.Edited(guard.X.Pos(), guard.X.End())
		if x := plainVar(p, guard.X); x != nil && x.Parent() != p.Types.Scope() {
			e.Replace(ts.Assign.Pos(), ts.Assign.End(), "")
		} else if ts.Init == nil && oneLine(v) {
			// The operand's text goes into the switch's init, with what
			// other passes made of it (pass recover's wrapper of a
			// recover()), and their edits with it.
			e.dropEdited(guard.X.Pos(), guard.X.End())
			name := e.Name("ts")
			e.Replace(ts.Assign.Pos(), ts.Assign.End(), name+" := "+v+";")
			v = name
		} else {
			if !interfaceCase(p, ts) && scriptNilCase(p, ts) {
				e.Refuse(guard.X.Pos(), "the interpreter's type switch does not match case nil where %s is a nil %s: assign %s to a variable first and switch on the variable", types.ExprString(guard.X), types.TypeString(p.Info.TypeOf(guard.X), types.RelativeTo(p.Types)), types.ExprString(guard.X))
				return true
			}
			e.Refuse(guard.X.Pos(), "the interpreter's type switch does not match interface types: assign %s to a variable first and switch on the variable", types.ExprString(guard.X))
			return true
		}
		for _, c := range ts.Body.List {
			clause := c.(*ast.CaseClause)
			var conds []string
			var typ string
			for _, t := range clause.List {
				if tv := p.Info.Types[t]; tv.IsNil() {
					conds = append(conds, v+" == nil")
					continue
				}
				typ = e.Edited(t.Pos(), t.End())
				if emptyInterface(p.Info.Types[t].Type) && !isTypeParam(p.Info.Types[t].Type) {
					// Every value but nil is one; the interpreter's
					// assertion to it fails.
					conds = append(conds, v+" != nil")
					continue
				}
				operand := v
				if heldCase(p, p.Info.TypeOf(guard.X), p.Info.Types[t].Type) {
					operand = heldOpen(e) + v + "))"
				}
				if l, ok := lifted[t]; ok { // see pass ifassert
					conds = append(conds, v+" != nil && func() bool { _, ok := "+liftedAssertion(p, e, typ, p.Info.TypeOf(t), l.Name, true, t.Pos())+"("+operand+"); return ok }()")
					continue
				}
				if fn := heldAsFunc(p, f, e, p.Info.TypeOf(guard.X), p.Info.Types[t].Type); fn != "" {
					conds = append(conds, v+" != nil && func() bool { _, ok := "+fn+"("+v+"); return ok }()")
					continue
				}
				asked := operand + ".(" + typ + ")"
				if emptyInterface(p.Info.TypeOf(guard.X)) {
					asked = assertExact(p, e, operand, p.Info.Types[t].Type, typ)
				}
				conds = append(conds, v+" != nil && func() bool { _, ok := "+asked+"; return ok }()")
			}
			if len(conds) > 0 {
				// the conditions hold the cases' types as edited (an
				// instance of a generic type named by its alias), whose
				// edits go with the text they replace
				from, to := clause.List[0].Pos(), clause.List[len(clause.List)-1].End()
				e.Move(from, to)
				e.Replace(from, to, strings.Join(conds, " || "))
			}
			if sym == nil || !usedIn(p, clause, p.Info.Implicits[clause]) {
				continue
			}
			value := v
			if len(clause.List) == 1 {
				if fn := heldAsFunc(p, f, e, p.Info.TypeOf(guard.X), p.Info.Types[clause.List[0]].Type); fn != "" {
					e.Insert(clause.Colon+1, " "+sym.Name+", _ := "+fn+"("+v+");")
					continue
				}
			}
			if len(clause.List) == 1 && !p.Info.Types[clause.List[0]].IsNil() {
				value = v + ".(" + typ + ")"
				if heldCase(p, p.Info.TypeOf(guard.X), p.Info.Types[clause.List[0]].Type) {
					value = heldOpen(e) + v + ")).(" + typ + ")"
				}
				if emptyInterface(p.Info.Types[clause.List[0]].Type) && !isTypeParam(p.Info.Types[clause.List[0]].Type) {
					value = "(" + typ + ")(" + v + ")"
				}
				if l, ok := lifted[clause.List[0]]; ok {
					value = liftedAssertion(p, e, typ, p.Info.TypeOf(clause.List[0]), l.Name, false, clause.List[0].Pos()) + "(" + v + ")"
				}
			}
			e.Insert(clause.Colon+1, " "+sym.Name+" := "+value+";")
		}
		return true
	})
}

// emptyInterface reports whether t is an interface without methods (any),
// which every value but nil implements.
func emptyInterface(t types.Type) bool {
	if t == nil {
		return false
	}
	it, ok := types.Unalias(t).Underlying().(*types.Interface)
	return ok && it.Empty()
}

// interfaceCase reports whether a case of ts names an interface type:
// one with methods, or the empty interface, whose case panics on a nil
// operand in the interpreter ("a nil value was used") where Go goes on
// to the next case; or a type that involves a type parameter (case T:,
// case []T:), which the copies of the generic function (pass generics)
// spell as the instance's type, where it may repeat another case
// (case int: beside case T: of a Describe[int]), whose first match Go
// takes and the assertions below take in turn.
func interfaceCase(p *Package, ts *ast.TypeSwitchStmt) bool {
	for _, c := range ts.Body.List {
		for _, t := range c.(*ast.CaseClause).List {
			if tv := p.Info.Types[t]; tv.IsType() && (types.IsInterface(tv.Type) || hasTypeParam(tv.Type)) {
				return true
			}
		}
	}
	return false
}

// scriptPointerCase reports whether ts switches on an interface of Go's
// library (error, io.Reader) and a case names a pointer to a type of the
// script: the interpreter's type switch never matches such a value, kept
// in its wrapper, while its comma-ok assertion does.
func scriptPointerCase(p *Package, ts *ast.TypeSwitchStmt) bool {
	guard := switchGuard(ts)
	if guard == nil {
		return false
	}
	if _, ok := libraryInterfaceOf(p, p.Info.TypeOf(guard.X)); !ok {
		return false
	}
	for _, c := range ts.Body.List {
		for _, t := range c.(*ast.CaseClause).List {
			if tv := p.Info.Types[t]; tv.IsType() {
				if ptr, ok := tv.Type.(*types.Pointer); ok {
					if n, ok := types.Unalias(ptr.Elem()).(*types.Named); ok && n.Obj().Pkg() != nil && interpreted(p, n.Obj().Pkg()) {
						return true
					}
				}
			}
		}
	}
	return false
}

// wrappedCase reports whether ts switches on an empty interface and a
// case names a type whose value the interpreter keeps there in a wrapper
// of its own (keptInWrapper: a struct with a String method sent on a
// chan any, put in a []any): its type switch never matches such a value,
// while its comma-ok assertion does.
func wrappedCase(p *Package, ts *ast.TypeSwitchStmt) bool {
	guard := switchGuard(ts)
	if guard == nil {
		return false
	}
	if t := p.Info.TypeOf(guard.X); t == nil || !isEmptyInterface(t) {
		return false
	}
	for _, c := range ts.Body.List {
		for _, t := range c.(*ast.CaseClause).List {
			if tv := p.Info.Types[t]; tv.IsType() && keptInWrapper(p, tv.Type) {
				return true
			}
		}
	}
	return false
}

// assertedSwitch reports whether pass typeswitch writes ts as a switch on
// comma-ok assertions.
func assertedSwitch(p *Package, ts *ast.TypeSwitchStmt) bool {
	return interfaceCase(p, ts) || scriptPointerCase(p, ts) || wrappedCase(p, ts) || heldSwitch(p, ts) || scriptNilCase(p, ts)
}

// scriptNilCase reports whether ts switches on an interface with methods
// that the script declares, or writes as a literal, and a case is nil:
// the interpreter keeps such an interface's nil as a zero value of its
// wrapper, which its type switch tells from nil (case nil never matched,
// and a nil Shape went to default), while its == nil does not.
func scriptNilCase(p *Package, ts *ast.TypeSwitchStmt) bool {
	guard := switchGuard(ts)
	if guard == nil || !wrappedInterface(p, p.Info.TypeOf(guard.X)) {
		return false
	}
	for _, c := range ts.Body.List {
		for _, t := range c.(*ast.CaseClause).List {
			if p.Info.Types[t].IsNil() {
				return true
			}
		}
	}
	return false
}

// wrappedInterface reports whether t is an interface with methods whose
// values the interpreter keeps in a wrapper of its own: one the script
// declares or writes as a literal, not error nor an interface of Go's
// library, which it takes from compiled code.
func wrappedInterface(p *Package, t types.Type) bool {
	if t == nil || isErrorInterface(t) || isTypeParam(t) {
		return false
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && (n.Obj().Pkg() == nil || !interpreted(p, n.Obj().Pkg())) {
		return false
	}
	it, ok := t.Underlying().(*types.Interface)
	return ok && it.NumMethods() > 0
}

// heldSwitch reports whether a case of ts asks lift.Held (see heldCase).
func heldSwitch(p *Package, ts *ast.TypeSwitchStmt) bool {
	guard := switchGuard(ts)
	if guard == nil {
		return false
	}
	for _, c := range ts.Body.List {
		for _, t := range c.(*ast.CaseClause).List {
			if tv := p.Info.Types[t]; tv.IsType() && heldCase(p, p.Info.TypeOf(guard.X), tv.Type) {
				return true
			}
		}
	}
	return false
}

// usedIn reports whether n refers to obj.
func usedIn(p *Package, n ast.Node, obj types.Object) bool {
	if obj == nil {
		return false
	}
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if id, ok := m.(*ast.Ident); ok && p.Info.Uses[id] == obj {
			found = true
		}
		return !found
	})
	return found
}

// bindSwitch gives a type switch on an empty interface that binds no
// variable one that no case uses: without it, the interpreter matches a
// case by the name of the case's type against its runtime type's, which
// differ for the types a script declares on structs, slices and pointers
// (case Join, case *Conn never match), where with it it compares the
// runtime types themselves.
//
//	switch v.(type) {   =>   switch _ts1 := v.(type) {
func bindSwitch(p *Package, ts *ast.TypeSwitchStmt, e *Editor) {
	x, ok := ts.Assign.(*ast.ExprStmt)
	if !ok {
		return
	}
	guard := x.X.(*ast.TypeAssertExpr)
	if t := p.Info.TypeOf(guard.X); t == nil || !isEmptyInterface(t) {
		return
	}
	e.InsertFirst(guard.Pos(), e.Name("ts")+" := "+lineDirective(p, guard.Pos()))
}

// isEmptyInterface reports whether t is an interface without methods
// (any, interface{}).
func isEmptyInterface(t types.Type) bool {
	i, ok := t.Underlying().(*types.Interface)
	return ok && i.NumMethods() == 0 && i.IsMethodSet()
}

// switchGuard returns the x.(type) of a type switch, or nil.
func switchGuard(ts *ast.TypeSwitchStmt) *ast.TypeAssertExpr {
	var guard *ast.TypeAssertExpr
	switch a := ts.Assign.(type) {
	case *ast.AssignStmt:
		guard, _ = a.Rhs[0].(*ast.TypeAssertExpr)
	case *ast.ExprStmt:
		guard, _ = a.X.(*ast.TypeAssertExpr)
	}
	return guard
}

// dropEdited drops the edits that Edited(pos, end) writes into its text,
// for a pass that puts that text elsewhere and replaces the source.
func (e *Editor) dropEdited(pos, end token.Pos) {
	start, stop := e.file.Offset(pos), e.file.Offset(end)
	kept := e.edits[:0]
	for _, ed := range e.edits {
		around := ed.around != [2]int{} && (ed.around[0] < start || ed.around[1] > stop) || ed.around == [2]int{} && ed.lead && ed.start == start
		if around || ed.start < start || ed.end > stop {
			kept = append(kept, ed)
		}
	}
	e.edits = kept
}

package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
)

// An assignment of several values that calls nothing (out[0], out[1] =
// in[j], in[i]) is carried out by gc in an order of its own (walk's
// ascompatee): a value that an earlier assignment of the statement may
// change, one that reads memory once an element, a field or a
// pointed-to variable was assigned or one that reads a variable assigned
// before it, is copied first; then each value is evaluated and its left
// side found and assigned in turn, a map's element found (mapassign,
// which panics with a nil map) before its value. The interpreter finds
// the elements and the fields through pointers first, then evaluates the
// values, then stores into maps' elements and pointed-to variables, so
// that where two of these panic it raised another: out[0], out[1] =
// in[j], in[i], both indexes out of range, panicked with j where gc
// panics with i. evalTuple works out both orders of what can panic, and
// where they differ, writes the statement in gc's, in a block on its
// line:
//
//	out[0], out[1] = in[j], in[i]   =>   { var _v1 int = in[i]; var _v2 int = in[j]; out[0] = _v2; out[1] = _v1 }
//
// (with /*line*/ comments that keep every column). It does so only where
// gc's order is known from the source: the left side's operands are
// constants and variables whose address is never taken and that the
// statement does not assign; it leaves the others as they are, but for
// one whose left side's operand an earlier left side assigns (i, s[i] =
// 1, in[j]) where two parts can fail at once, which it refuses. A
// variable that a function literal captures gc keeps in memory where it
// captures it by reference (a variable assigned again, or of more than
// 128 bytes), as one whose address is taken.

// tupleUnit is one thing of an assignment of several values that can
// panic: a value, the finding of an element or a field, or a store; an
// element read and found alike (s[i] on both sides) is one check.
type tupleUnit struct {
	kind  byte // 'r' a value, 'f' a finding, 's' a store
	i     int
	check string // the element, where it is one index of variables the statement does not assign
}

// gcTuple is what evalTuple knows of an assignment of several values.
type gcTuple struct {
	early  []int       // the values gc copies first, in order
	late   []bool      // for each value, whether gc evaluates it in its turn
	gc     []tupleUnit // what can panic, in gc's order
	interp []tupleUnit // and in the interpreter's
	// reread is, where planTuple gives up because a left side's operand
	// is a variable an earlier left side assigns (i, s[i] = 1, in[j]),
	// that left side, and assigner the earlier one.
	reread, assigner ast.Expr
}

// planTuple works out both orders of s, an assignment of several values
// with =; ok is false where gc's order cannot be told from the source or
// s is not such an assignment.
func planTuple(p *Package, o orderOf, s *ast.AssignStmt, m tupleMaps) (t gcTuple, ok bool) {
	captured, reassigned := m.captured, m.reassigned
	if s.Tok != token.ASSIGN || len(s.Lhs) < 2 || len(s.Lhs) != len(s.Rhs) {
		return t, false
	}
	taken := addressTaken(p)
	// local reports whether id is a variable that gc keeps on the stack:
	// a local one whose address is not taken and that a function literal
	// captures, if at all, by value (one that nothing assigns again, of
	// up to 128 bytes).
	local := func(id *ast.Ident) bool {
		v, isVar := p.Info.Uses[id].(*types.Var)
		if !isVar || v.IsField() || v.Parent() == nil || v.Parent() == p.Types.Scope() || taken[v] {
			return false
		}
		return !captured[v] || !reassigned[v] && !hasTypeParam(v.Type()) && gcSizes.Sizeof(v.Type()) <= 128
	}
	// safe reports whether x is a constant or a variable that no
	// assignment through an element, a field or a pointer changes.
	safe := func(x ast.Expr) bool {
		if tv := p.Info.Types[x]; tv.Value != nil {
			return true
		}
		id, isID := ast.Unparen(x).(*ast.Ident)
		if !isID {
			return false
		}
		v, isVar := p.Info.Uses[id].(*types.Var)
		return isVar && !v.IsField() && !taken[v]
	}
	for _, r := range s.Rhs {
		if o.acts(r, false) {
			return t, false
		}
	}
	kinds := make([]byte, len(s.Lhs)) // 'n' a variable ('v' in memory), 'a' an element of an array variable ('A' in memory), 'm' a map's element, 'p' a pointed-to variable, 'e' another
	names := make([]types.Object, len(s.Lhs))
	for i, l := range s.Lhs {
		switch x := ast.Unparen(l).(type) {
		case *ast.Ident:
			if isBlank(x) || !safe(x) {
				return t, false
			}
			kinds[i], names[i] = 'n', p.Info.Uses[x]
			if !local(x) {
				kinds[i] = 'v' // a variable in memory: gc counts its assignment as one through a pointer
			}
		case *ast.IndexExpr:
			if !safe(x.X) || !safe(x.Index) {
				return t, false
			}
			switch u := o.under(x.X).(type) {
			case *types.Map:
				if types.IsInterface(u.Key()) {
					return t, false
				}
				kinds[i] = 'm'
			case *types.Array:
				id := ast.Unparen(x.X).(*ast.Ident)
				kinds[i], names[i] = 'a', p.Info.Uses[id] // gc assigns the array variable
				if !local(id) {
					kinds[i] = 'A'
				}
			default:
				kinds[i] = 'e'
			}
		case *ast.StarExpr:
			if !safe(x.X) {
				return t, false
			}
			kinds[i] = 'p'
		case *ast.SelectorExpr:
			sel := p.Info.Selections[x]
			if sel == nil || !sel.Indirect() || !safe(x.X) {
				return t, false
			}
			kinds[i] = 'e'
		default:
			return t, false
		}
	}
	// gc's order: ascompatee.
	assigned := map[types.Object]bool{}
	memWrite, resultWrite := false, false
	t.late = make([]bool, len(s.Lhs))
	for i, l := range s.Lhs {
		for _, op := range leftOperands(l) {
			if id, isID := ast.Unparen(op).(*ast.Ident); isID && assigned[p.Info.Uses[id]] {
				t.reread = l
				for _, a := range s.Lhs[:i] {
					if aid, ok := ast.Unparen(a).(*ast.Ident); ok && p.Info.Uses[aid] == p.Info.Uses[id] {
						t.assigner = a
					}
				}
				return t, false // gc reads it first, the old value
			}
		}
		if resultWrite || reads(p, s.Rhs[i], assigned) || memWrite && o.readsMemory(s.Rhs[i], local) {
			t.early = append(t.early, i)
		} else {
			t.late[i] = true
		}
		switch {
		case names[i] != nil && m.deferResults[names[i]]:
			resultWrite = true // a result a deferred call may read: all that follows first
		case kinds[i] == 'n' || kinds[i] == 'a':
			assigned[names[i]] = true
		default:
			memWrite = true
		}
	}
	// check names an index of variables that s does not assign, whose
	// bounds the statement checks alike wherever it reads or finds it.
	check := func(x ast.Expr) string {
		stays := func(op ast.Expr) bool {
			if tv := p.Info.Types[op]; tv.Value != nil {
				return true
			}
			id, isID := ast.Unparen(op).(*ast.Ident)
			return isID && safe(id) && !slices.ContainsFunc(names, func(n types.Object) bool { return n != nil && n == p.Info.Uses[id] })
		}
		switch x := ast.Unparen(x).(type) {
		case *ast.IndexExpr:
			if _, isMap := o.under(x.X).(*types.Map); !isMap && stays(x.X) && stays(x.Index) {
				return types.ExprString(x)
			}
		case *ast.SelectorExpr:
			// a field through a pointer checks the pointer alone
			if sel := p.Info.Selections[x]; sel != nil && sel.Indirect() && len(sel.Index()) == 1 && stays(x.X) {
				return "*" + types.ExprString(x.X)
			}
		}
		return ""
	}
	value := func(i int) {
		if o.canPanic(s.Rhs[i]) {
			t.gc = append(t.gc, tupleUnit{'r', i, check(s.Rhs[i])})
		}
	}
	for _, i := range t.early {
		value(i)
	}
	for i, l := range s.Lhs {
		finds := o.findPanics(l)
		if kinds[i] == 'm' {
			t.gc = append(t.gc, tupleUnit{'s', i, ""})
		}
		if t.late[i] {
			value(i)
		}
		switch {
		case kinds[i] == 'p':
			t.gc = append(t.gc, tupleUnit{'s', i, ""})
		case kinds[i] != 'm' && finds:
			t.gc = append(t.gc, tupleUnit{'f', i, check(l)})
		}
	}
	// The interpreter's: the findings, the values, the stores.
	for i, l := range s.Lhs {
		if kinds[i] != 'm' && kinds[i] != 'p' && o.findPanics(l) {
			t.interp = append(t.interp, tupleUnit{'f', i, check(l)})
		}
	}
	for i, r := range s.Rhs {
		if o.canPanic(r) {
			t.interp = append(t.interp, tupleUnit{'r', i, check(r)})
		}
	}
	for i := range s.Lhs {
		if kinds[i] == 'm' || kinds[i] == 'p' {
			t.interp = append(t.interp, tupleUnit{'s', i, ""})
		}
	}
	return t, true
}

// differs reports whether the two orders raise different panics where
// two things fail: they list what can panic in another order (a check
// made again after its first can no longer fail).
func (t gcTuple) differs() bool {
	firsts := func(units []tupleUnit) []tupleUnit {
		var out []tupleUnit
		seen := map[string]bool{}
		for _, u := range units {
			if u.check != "" {
				if seen[u.check] {
					continue
				}
				seen[u.check] = true
				u = tupleUnit{check: u.check}
			}
			out = append(out, u)
		}
		return out
	}
	return !slices.Equal(firsts(t.gc), firsts(t.interp))
}

// leftOperands returns the operands of l that gc saves: an index
// expression's operand and index, a pointer's operand.
func leftOperands(l ast.Expr) []ast.Expr {
	switch x := ast.Unparen(l).(type) {
	case *ast.IndexExpr:
		return []ast.Expr{x.X, x.Index}
	case *ast.StarExpr:
		return []ast.Expr{x.X}
	case *ast.SelectorExpr:
		return []ast.Expr{x.X}
	}
	return nil
}

// reads reports whether e reads one of vars.
func reads(p *Package, e ast.Expr, vars map[types.Object]bool) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && vars[p.Info.Uses[id]] {
			found = true
		}
		return !found
	})
	return found
}

// findPanics reports whether finding the element or the field l can
// panic: an index that may be out of range, a nil pointer.
func (o orderOf) findPanics(l ast.Expr) bool {
	switch x := ast.Unparen(l).(type) {
	case *ast.IndexExpr:
		switch o.under(x.X).(type) {
		case *types.Array:
			return o.info.Types[x.Index].Value == nil && !o.inRange[x]
		case *types.Slice:
			return !o.inRange[x]
		}
		return true
	case *ast.SelectorExpr, *ast.StarExpr:
		return true
	}
	return false
}

// readsMemory is gc's readsMemory over e: whether evaluating it may read
// memory that an assignment through an element, a field or a pointer
// changes (conservative, as gc: all but arithmetic, conversions,
// constants, fields of values and variables on the stack).
func (o orderOf) readsMemory(e ast.Expr, local func(*ast.Ident) bool) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		if x, ok := n.(ast.Expr); ok {
			if tv, ok := o.info.Types[x]; ok && (tv.Value != nil || tv.IsType()) {
				return false
			}
		}
		switch x := n.(type) {
		case *ast.Ident:
			switch obj := o.info.Uses[x].(type) {
			case *types.Var:
				found = !local(x)
			case *types.Func, *types.Builtin, *types.Nil, *types.Const, *types.TypeName, *types.PkgName:
			default:
				found = obj != nil
			}
		case *ast.ParenExpr, *ast.BasicLit:
		case *ast.BinaryExpr:
			switch x.Op {
			case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
				found = true
			}
		case *ast.UnaryExpr:
			found = x.Op != token.SUB && x.Op != token.ADD && x.Op != token.XOR
		case *ast.SelectorExpr:
			sel := o.info.Selections[x]
			if sel == nil {
				ast.Inspect(x.Sel, func(ast.Node) bool { return false })
				_, isVar := o.info.Uses[x.Sel].(*types.Var)
				found = isVar // a package's variable
				return false
			}
			found = sel.Kind() != types.FieldVal || sel.Indirect()
		case *ast.TypeAssertExpr:
		case *ast.CallExpr:
			found = !o.info.Types[x.Fun].IsType()
		default:
			found = true
		}
		return !found
	})
	return found
}

// tupleMaps is what planTuple needs to know of a file's variables.
type tupleMaps struct {
	captured     map[types.Object]bool // local variables that a function literal captures
	reassigned   map[types.Object]bool // variables assigned after their declaration
	deferResults map[types.Object]bool // named results of a function that defers a call
}

func newTupleMaps(p *Package, f *ast.File) tupleMaps {
	m := tupleMaps{captured: capturedVars(p, f), reassigned: assignedVars(p, f), deferResults: map[types.Object]bool{}}
	ast.Inspect(f, func(n ast.Node) bool {
		var ft *ast.FuncType
		var body *ast.BlockStmt
		switch fn := n.(type) {
		case *ast.FuncDecl:
			ft, body = fn.Type, fn.Body
		case *ast.FuncLit:
			ft, body = fn.Type, fn.Body
		}
		if ft == nil || ft.Results == nil || body == nil || !defers(body) {
			return true
		}
		for _, field := range ft.Results.List {
			for _, name := range field.Names {
				if obj := p.Info.Defs[name]; obj != nil {
					m.deferResults[obj] = true
				}
			}
		}
		return true
	})
	return m
}

// defers reports whether body, outside its function literals, defers a
// call.
func defers(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			found = true
		}
		return !found
	})
	return found
}

// capturedVars returns the local variables of f that a function literal
// reads or assigns without declaring them.
func capturedVars(p *Package, f *ast.File) map[types.Object]bool {
	out := map[types.Object]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		lit, ok := n.(*ast.FuncLit)
		if !ok {
			return true
		}
		ast.Inspect(lit.Body, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			v, isVar := p.Info.Uses[id].(*types.Var)
			if isVar && !v.IsField() && v.Parent() != nil && v.Parent() != p.Types.Scope() && !(lit.Pos() <= v.Pos() && v.Pos() < lit.End()) {
				out[v] = true
			}
			return true
		})
		return true
	})
	return out
}

// liftGCTuple writes s in gc's order t, in a block on its line (a function
// literal called at once where wrap is true); it reports false, and
// writes nothing, where it cannot (a statement over several lines,
// another pass's edit across it, a type that cannot be named here).
func liftGCTuple(p *Package, f *ast.File, e *Editor, s *ast.AssignStmt, t gcTuple, wrap bool) bool {
	o := orderOf{info: p.Info}
	if strings.ContainsAny(e.Text(s.Pos(), s.End()), "\n\r") {
		return false
	}
	// Each value's variable is declared with the left side's type, or by
	// the value alone (_v1 := r) where the type cannot be written here
	// and the value has it by itself.
	declare := make([]func(name string) string, len(s.Lhs))
	for i, l := range s.Lhs {
		text, ok := o.typeText(p, f, p.Info.TypeOf(l))
		switch {
		case ok:
			declare[i] = func(name string) string { return "var " + name + " " + text + " = " }
		case o.ownTypes(&ast.AssignStmt{Lhs: []ast.Expr{l}, Tok: token.ASSIGN, Rhs: []ast.Expr{s.Rhs[i]}}):
			declare[i] = func(name string) string { return name + " := " }
		default:
			return false
		}
	}
	holes := append(append([]ast.Expr{}, s.Lhs...), s.Rhs...)
	_, texts, ok := e.take(s.Pos(), s.End(), holes, true)
	if !ok {
		return false
	}
	n := len(s.Lhs)
	lhs := func(i int) string { return e.lineAt(s.Lhs[i].Pos()) + texts[i] }
	rhs := func(i int) string { return e.lineAt(s.Rhs[i].Pos()) + texts[n+i] }
	temps := make([]string, n)
	var b strings.Builder
	for _, i := range t.early {
		temps[i] = e.Name("v")
		b.WriteString(declare[i](temps[i]) + rhs(i) + "; ")
	}
	for i := range s.Lhs {
		if t.late[i] {
			temps[i] = e.Name("v")
			if m, isMap := ast.Unparen(s.Lhs[i]).(*ast.IndexExpr); isMap && o.mapElement(m) && o.canPanic(s.Rhs[i]) {
				// gc finds a map's element (mapassign) before its value:
				// a nil map panics first, with any value.
				b.WriteString("if " + e.lineAt(m.X.Pos()) + e.Text(m.X.Pos(), m.X.End()) + " == nil { " + lhs(i) + " = " + e.Text(m.X.Pos(), m.X.End()) + "[" + e.Text(m.Index.Pos(), m.Index.End()) + "] }; ")
			}
			b.WriteString(declare[i](temps[i]) + rhs(i) + "; ")
		}
		b.WriteString(lhs(i) + " = " + temps[i] + "; ")
	}
	open, closing := "{ ", "}"
	if wrap {
		open, closing = "func() { ", "}()"
	}
	e.Replace(s.Pos(), s.End(), open+b.String()+closing+e.lineAt(s.End()))
	return true
}

// failsTwice reports whether two parts of the assignment s can panic at
// once: the finding of an element or a field on its left side, or a
// value on its right.
func (o orderOf) failsTwice(s *ast.AssignStmt) bool {
	n := 0
	for _, l := range s.Lhs {
		if o.findPanics(l) {
			n++
		}
	}
	for _, r := range s.Rhs {
		if o.canPanic(r) {
			n++
		}
	}
	return n >= 2
}

// tupleValues writes the declaration of variables for the values of s,
// as a refusal's advice: v1, v2 := 1, in[j].
func tupleValues(s *ast.AssignStmt) string {
	names := make([]string, len(s.Rhs))
	values := make([]string, len(s.Rhs))
	for i, r := range s.Rhs {
		names[i] = "v" + strconv.Itoa(i+1)
		values[i] = types.ExprString(r)
	}
	return strings.Join(names, ", ") + " := " + strings.Join(values, ", ")
}

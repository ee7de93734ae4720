package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// An assignment of several values that calls nothing (out[0], out[1] =
// in[j], in[i]) is carried out by gc in an order of its own (walk's
// ascompatee): an operand of a left side or a value that an earlier
// assignment of the statement may change, one that reads memory once an
// element, a field or a pointed-to variable was assigned or one that
// reads a variable assigned before it, is copied first; then each left
// side is assigned in turn (walkAssign), the parts of its operands that
// are not indexes, fields, pointers, len or cap (a division, a sum, a
// map's read; all of a map's key and map, whose element mapassign finds
// and which panics with a nil map) evaluated before its value, the rest
// of the element after it; a map's key that the runtime takes by its
// address is copied before all else (order's mapKeyTemp). The interpreter finds the elements and the
// fields through pointers first, their operands whole, then evaluates
// the values, then stores into maps' elements and pointed-to variables,
// so that where two of these panic it raised another: out[0], out[1] =
// in[j], in[i], both indexes out of range, panicked with j where gc
// panics with i. evalTuple works out both orders of what can panic, and
// where they differ, writes the statement in gc's, in a block on its
// line, holding in variables the operands gc copies first or evaluates
// before a value:
//
//	out[0], out[1] = in[j], in[i]   =>   { var _v1 int = in[i]; var _v2 int = in[j]; out[0] = _v2; out[1] = _v1 }
//	i, s[i] = 1, in[j]              =>   { var _o1 int = i; var _v2 int = 1; i = _v2; var _v3 int = in[j]; s[_o1] = _v3 }
//
// (with /*line*/ comments that keep every column). It does so wherever
// no operand of a left side calls, receives or asserts (pass evalorder
// lifts those), and no map has keys of an interface type. A variable
// that a function literal captures gc keeps in memory where it captures
// it by reference (a variable assigned again, or of more than 128
// bytes), as one whose address is taken.

// tupleUnit is one thing of an assignment of several values that can
// panic: a value, an operand of a left side, the finding of an element or
// a field, or a store; an element read and found alike (s[i] on both
// sides) is one check.
type tupleUnit struct {
	kind  byte // 'r' a value, 'o' a part of an operand, 'f' a finding, 's' a store
	i     int
	check string   // the element, where it is one index of variables the statement does not assign
	x     ast.Expr // the part of an operand
}

// tupleStep is one copy that gc makes before it assigns anything: an
// operand of the i-th left side, or, where op is nil, the i-th value.
type tupleStep struct {
	i  int
	op ast.Expr
}

// gcTuple is what evalTuple knows of an assignment of several values.
type gcTuple struct {
	early  []tupleStep  // what gc copies first, in order
	late   []bool       // for each value, whether gc evaluates it in its turn
	held   [][]ast.Expr // for each left side, the operands the lift holds in variables, in source order
	gc     []tupleUnit  // what can panic, in gc's order
	interp []tupleUnit  // and in the interpreter's
}

// tupleLeft is a left side of an assignment as gc's ascompatee sees it.
type tupleLeft struct {
	kind byte       // 'n' a variable, 'a' a part of one (an element of an array, a field), 'm' a map's element, 'p' a pointed-to variable, 'e' another element or field, 'b' the blank
	base *ast.Ident // the variable of 'n' and 'a'
	ops  []ast.Expr // the operands gc saves, in its order: the indexes of arrays from the outside in, then the slice, map or pointer and the index
}

// leftParts returns what gc sees of l; ok is false where l is of a form
// the pass leaves to the interpreter (a package's variable of another
// package, a map of interface keys, an operand that calls or receives).
func (o orderOf) leftParts(l ast.Expr) (left tupleLeft, ok bool) {
	value := func(x ast.Expr) {
		if o.info.Types[x].Value == nil {
			left.ops = append(left.ops, x)
		}
	}
	x, drilled := ast.Unparen(l), false
	for more := true; more; {
		more = false
		switch y := x.(type) {
		case *ast.IndexExpr:
			if _, isArray := o.under(y.X).(*types.Array); isArray {
				value(y.Index)
				x, drilled, more = ast.Unparen(y.X), true, true
			}
		case *ast.SelectorExpr:
			if sel := o.info.Selections[y]; sel != nil && sel.Kind() == types.FieldVal && !sel.Indirect() {
				x, drilled, more = ast.Unparen(y.X), true, true
			}
		}
	}
	switch y := x.(type) {
	case *ast.Ident:
		if isBlank(y) {
			left.kind = 'b'
			break
		}
		if _, isVar := o.info.Uses[y].(*types.Var); !isVar {
			return left, false
		}
		left.kind, left.base = 'n', y
		if drilled {
			left.kind = 'a'
		}
	case *ast.IndexExpr:
		left.kind = 'e'
		if u, isMap := o.under(y.X).(*types.Map); isMap {
			if types.IsInterface(u.Key()) {
				return left, false
			}
			left.kind = 'm'
		}
		value(y.X)
		value(y.Index)
	case *ast.StarExpr:
		left.kind = 'p'
		value(y.X)
	case *ast.SelectorExpr:
		sel := o.info.Selections[y]
		if sel == nil || !sel.Indirect() {
			return left, false
		}
		left.kind = 'e'
		value(y.X)
	default:
		return left, false
	}
	for _, op := range left.ops {
		if o.acts(op, false) {
			return left, false
		}
	}
	return left, true
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
	for _, r := range s.Rhs {
		if o.acts(r, false) {
			return t, false
		}
	}
	lefts := make([]tupleLeft, len(s.Lhs))
	whole := make([][]ast.Expr, len(s.Lhs)) // each left side's operands, for the interpreter's order
	for i, l := range s.Lhs {
		left, ok := o.leftParts(l)
		if !ok {
			return t, false
		}
		whole[i] = left.ops
		if x, isMap := ast.Unparen(l).(*ast.IndexExpr); isMap && left.kind == 'm' && o.info.Types[x.Index].Value == nil && !o.keyLate(o.under(x.X).(*types.Map), x.Index) {
			// gc's order copies a map's key that the runtime takes by
			// its address into a variable before the statement (see
			// keyLate): first of all, and no assignment changes it.
			t.early = append(t.early, tupleStep{i, x.Index})
			left.ops = slices.DeleteFunc(slices.Clone(left.ops), func(op ast.Expr) bool { return op == x.Index })
		}
		lefts[i] = left
	}
	// gc's order: ascompatee. An operand or a value that an earlier
	// assignment of the statement may change is copied first: one that
	// reads a variable assigned before it on the stack, one that reads
	// memory once anything else was assigned, and all that follows a
	// named result of a function that defers.
	assigned := map[types.Object]bool{}
	memWrite, resultWrite := false, false
	affected := func(x ast.Expr) bool {
		return resultWrite || reads(p, x, assigned) || memWrite && o.readsMemory(x, local)
	}
	t.late = make([]bool, len(s.Lhs))
	t.held = make([][]ast.Expr, len(s.Lhs))
	early := map[ast.Expr]bool{}
	for i, left := range lefts {
		for _, op := range left.ops {
			if affected(op) {
				t.early = append(t.early, tupleStep{i, op})
				early[op] = true
			}
		}
		if affected(s.Rhs[i]) {
			t.early = append(t.early, tupleStep{i, nil})
		} else {
			t.late[i] = true
		}
		var name types.Object
		if left.base != nil {
			name = p.Info.Uses[left.base]
		}
		switch {
		case left.kind == 'b':
		case name != nil && m.deferResults[name]:
			resultWrite = true // a result a deferred call may read: all that follows first
		case name != nil && local(left.base):
			assigned[name] = true
		default:
			memWrite = true // through a pointer, or a variable in memory
		}
	}
	names := map[types.Object]bool{}
	for _, left := range lefts {
		if left.base != nil {
			names[p.Info.Uses[left.base]] = true
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
			if !isID {
				return false
			}
			v, isVar := p.Info.Uses[id].(*types.Var)
			return isVar && !v.IsField() && !taken[v] && !names[v]
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
	value := func(units []tupleUnit, i int) []tupleUnit {
		if o.canPanic(s.Rhs[i]) {
			units = append(units, tupleUnit{'r', i, check(s.Rhs[i]), nil})
		}
		return units
	}
	// pre appends the units of the parts of op that gc evaluates before
	// the value (see preParts), and hands those that can panic to hold;
	// rest the unit of what is left of op, its indexes and pointers.
	pre := func(units []tupleUnit, i int, op ast.Expr, hold func(ast.Expr)) []tupleUnit {
		for _, x := range o.preParts(op) {
			if o.canPanic(x) {
				units = append(units, tupleUnit{'o', i, check(x), x})
				hold(x)
			}
		}
		return units
	}
	rest := func(units []tupleUnit, i int, op ast.Expr) []tupleUnit {
		if o.skeletonFails(op) {
			units = append(units, tupleUnit{'o', i, check(op), op})
		}
		return units
	}
	nothing := func(ast.Expr) {}
	// inOrder returns the operands of a left side in the order they are
	// evaluated where they are not copied first: the source's.
	inOrder := func(ops []ast.Expr) []ast.Expr {
		ops = slices.Clone(ops)
		slices.SortFunc(ops, func(a, b ast.Expr) int { return int(a.Pos() - b.Pos()) })
		return ops
	}
	for _, st := range t.early {
		if st.op != nil {
			t.gc = rest(pre(t.gc, st.i, st.op, nothing), st.i, st.op)
			t.held[st.i] = append(t.held[st.i], st.op)
		} else {
			t.gc = value(t.gc, st.i)
		}
	}
	for i, l := range s.Lhs {
		left := lefts[i]
		var ops []ast.Expr
		for _, op := range inOrder(left.ops) {
			if !early[op] {
				ops = append(ops, op)
			}
		}
		hold := func(x ast.Expr) { t.held[i] = append(t.held[i], x) }
		if left.kind == 'm' {
			// gc finds a map's element (mapassign, which panics with a
			// nil map) before its value, its operands first; the lift
			// holds those that can panic before a value that can.
			for _, op := range ops {
				t.gc = rest(pre(t.gc, i, op, nothing), i, op)
				if t.late[i] && o.canPanic(s.Rhs[i]) && o.canPanic(op) {
					hold(op)
				}
			}
			t.gc = append(t.gc, tupleUnit{'s', i, "", nil})
			if t.late[i] {
				t.gc = value(t.gc, i)
			}
			continue
		}
		for _, op := range ops {
			t.gc = pre(t.gc, i, op, hold)
		}
		if t.late[i] {
			t.gc = value(t.gc, i)
		}
		for _, op := range ops {
			t.gc = rest(t.gc, i, op)
		}
		switch {
		case left.kind == 'p':
			t.gc = append(t.gc, tupleUnit{'s', i, "", nil})
		case o.findFails(l):
			t.gc = append(t.gc, tupleUnit{'f', i, check(l), nil})
		}
	}
	for i := range t.held {
		t.held[i] = inOrder(t.held[i])
	}
	// The interpreter's: the left sides' operands and findings, the
	// values, the stores into maps and pointed-to variables.
	for i, l := range s.Lhs {
		for _, op := range inOrder(whole[i]) {
			t.interp = rest(pre(t.interp, i, op, nothing), i, op)
		}
		if k := lefts[i].kind; k != 'm' && k != 'p' && o.findFails(l) {
			t.interp = append(t.interp, tupleUnit{'f', i, check(l), nil})
		}
	}
	for i := range s.Rhs {
		t.interp = value(t.interp, i)
	}
	for i := range s.Lhs {
		if k := lefts[i].kind; k == 'm' || k == 'p' {
			t.interp = append(t.interp, tupleUnit{'s', i, "", nil})
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

// findFails reports whether finding the element or the field l, its
// operands evaluated, can panic: an index that may be out of range, a nil
// pointer, also of an array or a struct l is a part of.
func (o orderOf) findFails(l ast.Expr) bool {
	switch x := ast.Unparen(l).(type) {
	case *ast.IndexExpr:
		switch o.under(x.X).(type) {
		case *types.Array:
			return o.info.Types[x.Index].Value == nil && !o.inRange[x] || o.findFails(x.X)
		case *types.Slice:
			return !o.inRange[x]
		case *types.Map:
			return false // the store panics, after the value
		}
		return true
	case *ast.SelectorExpr:
		sel := o.info.Selections[x]
		return sel != nil && (sel.Indirect() || o.findFails(x.X))
	case *ast.StarExpr:
		return true
	}
	return false
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

// preParts returns the parts of op, an operand of a left side, that gc
// evaluates before the value it assigns (walk's safeExpr copies them
// first): all but variables, constants, and the indexes, fields,
// pointers, len and cap it finds the element through, which it
// evaluates after the value. A read of a map's element is a call of the
// runtime's, one such part.
func (o orderOf) preParts(op ast.Expr) []ast.Expr {
	var out []ast.Expr
	var walk func(x ast.Expr)
	walk = func(x ast.Expr) {
		if tv := o.info.Types[x]; tv.Value != nil || tv.IsType() {
			return
		}
		switch y := x.(type) {
		case *ast.ParenExpr:
			walk(y.X)
			return
		case *ast.Ident:
			return
		case *ast.IndexExpr:
			switch o.under(y.X).(type) {
			case *types.Slice, *types.Array, *types.Pointer, *types.Basic:
				walk(y.X)
				walk(y.Index)
				return
			}
		case *ast.SelectorExpr:
			sel := o.info.Selections[y]
			if sel == nil {
				return // a package's variable
			}
			if sel.Kind() == types.FieldVal {
				walk(y.X)
				return
			}
		case *ast.StarExpr:
			walk(y.X)
			return
		case *ast.CallExpr:
			if o.lenOrCap(y) {
				walk(y.Args[0])
				return
			}
		}
		out = append(out, x)
	}
	walk(op)
	return out
}

// skeletonFails reports whether what is left of op once its preParts
// are evaluated can panic: an index that may be out of range, a nil
// pointer.
func (o orderOf) skeletonFails(op ast.Expr) bool {
	fails := false
	var walk func(x ast.Expr)
	walk = func(x ast.Expr) {
		if tv := o.info.Types[x]; tv.Value != nil || tv.IsType() {
			return
		}
		switch y := x.(type) {
		case *ast.ParenExpr:
			walk(y.X)
		case *ast.IndexExpr:
			switch o.under(y.X).(type) {
			case *types.Array:
				fails = fails || o.info.Types[y.Index].Value == nil && !o.inRange[y]
			case *types.Slice, *types.Basic:
				fails = fails || !o.inRange[y]
			case *types.Pointer:
				fails = true
			default:
				return
			}
			walk(y.X)
			walk(y.Index)
		case *ast.SelectorExpr:
			if sel := o.info.Selections[y]; sel != nil && sel.Kind() == types.FieldVal {
				fails = fails || sel.Indirect()
				walk(y.X)
			}
		case *ast.StarExpr:
			fails = true
			walk(y.X)
		case *ast.CallExpr:
			if o.lenOrCap(y) {
				walk(y.Args[0])
			}
		}
	}
	walk(op)
	return fails
}

// lenOrCap reports whether c calls the builtin len or cap.
func (o orderOf) lenOrCap(c *ast.CallExpr) bool {
	id, ok := ast.Unparen(c.Fun).(*ast.Ident)
	if !ok || len(c.Args) != 1 {
		return false
	}
	b, ok := o.info.Uses[id].(*types.Builtin)
	return ok && (b.Name() == "len" || b.Name() == "cap")
}

// readsMemory is gc's readsMemory over e: whether evaluating it may read
// memory that an assignment through an element, a field or a pointer
// changes (conservative, as gc: all but arithmetic, conversions,
// constants, fields of values and variables on the stack).
func (o orderOf) readsMemory(e ast.Expr, local func(*ast.Ident) bool) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found || n == nil {
			return false // (nil: the end of a node's children)
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
// literal called at once where wrap is true): what gc copies first, each
// in a variable, operands of the left side and values; then for each left
// side in turn a map's operands that can panic and its nil check, its
// value and its assignment, whose held operands it reads from their
// variables. It reports false, and writes nothing, where it cannot (a
// statement over several lines, another pass's edit across it or inside a
// left side with operands held, a type that cannot be named here).
func liftGCTuple(p *Package, f *ast.File, e *Editor, s *ast.AssignStmt, t gcTuple, wrap bool) bool {
	o := orderOf{info: p.Info}
	if strings.ContainsAny(e.Text(s.Pos(), s.End()), "\n\r") {
		return false
	}
	// declaration returns the start of a variable's declaration, of type
	// typ, or by its value alone (_v1 := r) where typ cannot be written
	// here and the value has a type of its own that fits.
	declaration := func(typ types.Type, own bool) (func(name string) string, bool) {
		if text, ok := o.typeText(p, f, typ); ok {
			return func(name string) string { return "var " + name + " " + text + " = " }, true
		}
		if own {
			return func(name string) string { return name + " := " }, true
		}
		return nil, false
	}
	declare := make([]func(name string) string, len(s.Lhs))
	for i, l := range s.Lhs {
		var ok bool
		if isBlank(l) {
			// the value is evaluated, to a variable of its own type
			declare[i], ok = declaration(types.Default(p.Info.TypeOf(s.Rhs[i])), true)
		} else {
			declare[i], ok = declaration(p.Info.TypeOf(l), o.ownTypes(&ast.AssignStmt{Lhs: []ast.Expr{l}, Tok: token.ASSIGN, Rhs: []ast.Expr{s.Rhs[i]}}))
		}
		if !ok {
			return false
		}
	}
	declareOp := map[ast.Expr]func(name string) string{}
	var holes []ast.Expr
	for i, l := range s.Lhs {
		if len(t.held[i]) == 0 {
			holes = append(holes, l)
			continue
		}
		if e.editedOutside(s, l, t.held[i]) {
			return false
		}
		for _, h := range t.held[i] {
			typ := p.Info.TypeOf(h)
			d, ok := declaration(typ, typ != nil && !isUntyped(typ))
			if !ok {
				return false
			}
			declareOp[h] = d
		}
		holes = append(holes, t.held[i]...)
	}
	holes = append(holes, s.Rhs...)
	_, texts, ok := e.take(s.Pos(), s.End(), holes, true)
	if !ok {
		return false
	}
	text := map[ast.Expr]string{}
	for j, h := range holes {
		text[h] = texts[j]
	}
	var b strings.Builder
	held := map[ast.Expr]string{} // the variable of each held operand
	hold := func(x ast.Expr) {
		if held[x] == "" {
			held[x] = e.Name("o")
			b.WriteString(declareOp[x](held[x]) + e.lineAt(x.Pos()) + text[x] + "; ")
		}
	}
	// operand is the text of x, a part of a left side, in the block: its
	// variable where it is held, at x's column where at is true.
	operand := func(x ast.Expr, at bool) string {
		switch {
		case held[x] == "":
			return e.Text(x.Pos(), x.End())
		case at:
			return e.lineAt(x.Pos()) + held[x] + e.lineAt(x.End())
		}
		return held[x]
	}
	lhs := func(i int) string {
		l := s.Lhs[i]
		if len(t.held[i]) == 0 {
			return e.lineAt(l.Pos()) + text[l]
		}
		var lb strings.Builder
		lb.WriteString(e.lineAt(l.Pos()))
		at := l.Pos()
		for _, h := range t.held[i] {
			lb.WriteString(e.Text(at, h.Pos()) + operand(h, true))
			at = h.End()
		}
		lb.WriteString(e.Text(at, l.End()))
		return lb.String()
	}
	n := len(s.Lhs)
	rhs := func(i int) string { return e.lineAt(s.Rhs[i].Pos()) + text[s.Rhs[i]] }
	temps := make([]string, n)
	for _, st := range t.early {
		if st.op != nil {
			hold(st.op)
			continue
		}
		temps[st.i] = e.Name("v")
		b.WriteString(declare[st.i](temps[st.i]) + rhs(st.i) + "; ")
	}
	for i := range s.Lhs {
		for _, h := range t.held[i] {
			hold(h) // the parts gc evaluates before the value
		}
		if t.late[i] {
			temps[i] = e.Name("v")
			if m, isMap := ast.Unparen(s.Lhs[i]).(*ast.IndexExpr); isMap && o.mapElement(m) && o.canPanic(s.Rhs[i]) {
				// gc finds a map's element (mapassign) before its value:
				// a nil map panics first, with any value.
				b.WriteString("if " + e.lineAt(m.X.Pos()) + operand(m.X, false) + " == nil { " + lhs(i) + " = " + operand(m.X, false) + "[" + operand(m.Index, false) + "] }; ")
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

// editedOutside reports whether another pass edited l, a left side of s,
// outside its operands ops (an insertion before s aside, which stays
// where it is).
func (e *Editor) editedOutside(s ast.Stmt, l ast.Expr, ops []ast.Expr) bool {
	off := e.file.Offset
	start, stop := off(l.Pos()), off(l.End())
	for _, ed := range e.edits {
		if ed.end < start || ed.start > stop || ed.start == ed.end && ed.start == off(s.Pos()) {
			continue
		}
		if !slices.ContainsFunc(ops, func(op ast.Expr) bool { return ed.start >= off(op.Pos()) && ed.end <= off(op.End()) }) {
			return true
		}
	}
	return false
}

package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// Go carries out an assignment in two phases: the operands of the index
// expressions and indirections on the left and the expressions on the
// right are evaluated first, the calls and receives among them in order,
// and only then are the elements, fields and pointed-to variables found
// and assigned (gc reads even the variables of the left side after the
// right side's calls). The interpreter finds the left side first: it
// panicked on s[i] out of range before it called f in s[i] = f(), wrote
// to the old array where f appended to s, and took the value from the
// channel only when the index was valid. This pass evaluates the right
// side into variables of the left side's types before the assignment,
// in a block on the statement's line, and the calls of the left side's
// operands before them:
//
//	s[i] = f()          =>   { var _v1 int = f(); s[i] = _v1 }
//	s[g()], p.n = f()   =>   { _o1 := g(); var _v2 int; var _v3 string; _v2, _v3 = f(); s[_o1], p.n = _v2, _v3 }
//	s[i], p.n = 1, h()  =>   { var _v4 int = 1; var _v5 string = h(); s[i], p.n = _v4, _v5 }
//
// (with /*line*/ comments that keep every column, the left side's among
// them). It rewrites only an assignment whose left side finds an element
// of a slice or an array, a field through a pointer or a pointed-to
// variable (or a map's element with operands that are not plain
// variables, or through an operator: m[k] += f()), and whose right side
// calls a function, receives or asserts a type; everywhere, also a right
// side that can panic where finding the left side can panic first (s[i]
// = t[j], see evalpanic.go), into a variable declared at the top of the
// function (_v1 = t[j]; s[i] = _v1), so that the panic is the one Go
// raises first; and an assignment of several values that calls nothing
// in gc's order (see evaltuple.go). Where no
// statement can go before the assignment (an if, for or switch statement's
// init, a for statement's post) the block is a function literal called at
// once (func() { ... }()), but for a right side that calls recover, which
// is refused. An assignment of several values to a left side of an
// interface type is lifted too where the interpreter cannot assign them at
// once, and assigns them one by one (see tupleorder.go). A select's case that receives with an
// assignment, which the interpreter cannot run at all, declares
// variables instead and assigns them first in the case (see liftCase).

func evalOrder(p *Package, f *ast.File, e *Editor) {
	// What recover sees, and where statements go, only once an
	// assignment needs them.
	var seen, inList = func() func(*ast.BlockStmt) bool {
		var m map[*ast.BlockStmt]bool
		done := false
		return func(b *ast.BlockStmt) bool {
			if !done {
				done = true
				if callsRecover(p.Info, p.Files) {
					m = seenByRecover(p.Info, p.Files)
				}
			}
			return m[b]
		}
	}(), func() func(ast.Stmt) bool {
		var m map[ast.Stmt]slot
		return func(s ast.Stmt) bool {
			if m == nil {
				m = slots(f)
			}
			_, ok := m[s]
			return ok
		}
	}()
	// The index expressions that a loop keeps in range, only once an
	// assignment needs them.
	var ranged map[*ast.IndexExpr]bool
	order := func() orderOf {
		if ranged == nil {
			ranged = inRangeIndexes(p, f)
		}
		return orderOf{info: p.Info, inRange: ranged}
	}
	var lifted []*ast.AssignStmt
	wrapped := map[*ast.AssignStmt]bool{}
	frames := map[*ast.BlockStmt]*tempFrame{}
	frameOf := func(body *ast.BlockStmt) *tempFrame {
		if frames[body] == nil {
			frames[body] = &tempFrame{body: body, names: map[string]string{}}
		}
		return frames[body]
	}
	hoisted := map[*ast.AssignStmt]*tempFrame{} // lifted into variables declared at the top of the function
	type read struct {
		s  *ast.AssignStmt
		fr *tempFrame
	}
	var reads []read
	type tuple struct {
		s    *ast.AssignStmt
		plan gcTuple
		wrap bool
	}
	var tuples []tuple
	var vars *tupleMaps
	var cases []*ast.CommClause
	for _, body := range funcBodies(f) {
		var walk func(n ast.Node) bool
		walk = func(n ast.Node) bool {
			switch s := n.(type) {
			case *ast.FuncLit:
				return s.Body == body
			case *ast.SelectStmt:
				// A case's receive assigns once the case is chosen, as Go
				// does; its clauses' bodies are statements as any other.
				for _, c := range s.Body.List {
					if a, ok := c.(*ast.CommClause).Comm.(*ast.AssignStmt); ok && a.Tok == token.ASSIGN {
						cases = append(cases, c.(*ast.CommClause))
					}
					for _, st := range c.(*ast.CommClause).Body {
						ast.Inspect(st, walk)
					}
				}
				return false
			case *ast.AssignStmt:
				if vars == nil {
					m := newTupleMaps(p, f)
					vars = &m
				}
				t, ok := planTuple(p, order(), s, *vars)
				if ok && !orderedTuple(p, s) {
					if t.differs() {
						tuples = append(tuples, tuple{s, t, !inList(s)})
					}
					return false // the interpreter's order is gc's
				}
				if order().readsFirst(s) {
					reads = append(reads, read{s, frameOf(body)})
					return false
				}
				both := order().bothPanic(s)
				if !order().lifts(s, false) && !(order().lifts(s, true) && seen(body)) && !orderedTuple(p, s) {
					return true
				}
				if !inList(s) {
					wrapped[s] = true // an if, for or switch statement's init, a for statement's post
				}
				if both {
					hoisted[s] = frameOf(body)
				}
				lifted = append(lifted, s)
				return false
			}
			return true
		}
		ast.Inspect(body, walk)
	}
	if len(lifted) == 0 && len(cases) == 0 && len(reads) == 0 && len(tuples) == 0 {
		return
	}
	// Once the other passes have edited the statement (bounds checks the
	// index in place), so that the left side moves with their edits.
	e.Later(func() {
		for _, s := range lifted {
			if sequentialTuple(p, s) {
				liftTuple(p, f, e, s, wrapped[s])
			} else {
				liftAssign(p, f, e, s, wrapped[s], hoisted[s])
			}
		}
		for _, t := range tuples {
			if !liftGCTuple(p, f, e, t.s, t.plan, t.wrap) {
				e.Refuse(t.s.Pos(), "the interpreter would find the elements and fields of this assignment before it evaluates the values, unlike Go, and socklab cannot assign them in Go's order here: assign each value in a statement of its own")
			}
		}
		for _, r := range reads {
			readFirst(p, f, e, r.s, r.fr, wrapped[r.s] || !inList(r.s))
		}
		for _, c := range cases {
			liftCase(p, e, c)
		}
	})
}

// liftCase rewrites a select's case that receives with an assignment
// (not a declaration), which the interpreter cannot run (reflect.Select:
// invalid Dir), as a case that declares variables and a first statement
// that assigns them, where Go evaluates the left side too:
//
//	case s[i], ok = <-ch:   =>   case _v1, _v2 := <-ch: s[i], ok = _v1, _v2;
func liftCase(p *Package, e *Editor, c *ast.CommClause) {
	a := c.Comm.(*ast.AssignStmt)
	var temps, used, lhs []string
	for _, l := range a.Lhs {
		if isBlank(l) {
			temps = append(temps, "_")
			continue
		}
		text, _, ok := e.take(l.Pos(), l.End(), nil, false)
		if !ok {
			e.Refuse(a.Pos(), "the interpreter cannot receive with an assignment in a select's case, and socklab cannot rewrite this one: receive into variables of their own (case v := <-ch:) and assign them in the case")
			return
		}
		name := e.Name("v")
		temps, used = append(temps, name), append(used, name)
		sep := ""
		if len(lhs) > 0 {
			sep = ", "
		}
		lhs = append(lhs, sep+e.lineAt(l.Pos())+text)
	}
	e.Replace(a.Lhs[0].Pos(), a.Rhs[0].Pos(), strings.Join(temps, ", ")+" := "+e.lineAt(a.Rhs[0].Pos()))
	assign := strings.Join(lhs, "") + " = " + strings.Join(used, ", ")
	if len(used) > 1 && sequentialTuple(p, a) && !changedBefore(p, addressTaken(p), a.Lhs[:1], a.Lhs[1]) {
		// one by one, as the interpreter cannot assign a value to an
		// element of an interface type beside another (see tupleorder.go)
		assign = strings.TrimPrefix(lhs[0], ", ") + " = " + used[0] + "; " + strings.TrimPrefix(lhs[1], ", ") + " = " + used[1]
	}
	e.Insert(c.Colon+1, " "+assign+";"+e.lineAt(c.Colon+1))
}

// LiftsAssign reports whether the pass evaluates the right side of s
// before its left side; seen says whether a recover can see the panics of
// the function s is in.
func LiftsAssign(info *types.Info, s *ast.AssignStmt, seen bool) bool {
	return orderOf{info: info}.lifts(s, seen)
}

// lifts is LiftsAssign, with the index expressions that o knows a loop
// keeps in range.
func (o orderOf) lifts(s *ast.AssignStmt, seen bool) bool {
	if s.Tok == token.DEFINE {
		return false
	}
	info := o.info
	if o.bothPanic(s) {
		return true
	}
	finds, panics := false, false
	for _, l := range s.Lhs {
		f, p := o.finds(l, s.Tok, true)
		finds, panics = finds || f, panics || p
	}
	if !finds {
		return false
	}
	commaOK := len(s.Lhs) == 2 && len(s.Rhs) == 1
	for _, r := range s.Rhs {
		if o.acts(r, commaOK) {
			return true
		}
		// Of several values, or a map's element with an operator (whose
		// key the interpreter hashes in a lookup of its own first), where
		// a recover sees the panic.
		if seen && panics && (len(s.Lhs) > 1 && s.Tok == token.ASSIGN || s.Tok != token.ASSIGN && o.mapElement(s.Lhs[0])) && !(&planner{info: info}).quiet(r) {
			return true
		}
	}
	return false
}

// mapElement reports whether l is an element of a map.
func (o orderOf) mapElement(l ast.Expr) bool {
	ix, ok := ast.Unparen(l).(*ast.IndexExpr)
	if !ok {
		return false
	}
	_, isMap := o.under(ix.X).(*types.Map)
	return isMap
}

// orderOf answers questions of the pass about expressions.
type orderOf struct {
	info    *types.Info
	inRange map[*ast.IndexExpr]bool // the index expressions a loop keeps in range (see inRangeIndexes)
}

// finds reports whether assigning to l finds its target with more than
// plain variables, which a call on the right side could change, and
// whether that can panic; top says l is the assignment's own operand.
func (o orderOf) finds(l ast.Expr, tok token.Token, top bool) (finds, panics bool) {
	switch x := ast.Unparen(l).(type) {
	case *ast.IndexExpr:
		switch u := o.under(x.X).(type) {
		case *types.Map:
			if top && tok == token.ASSIGN && o.still(x.X) && o.still(x.Index) && (fixedValue(o.info, x.Index) || o.keyLate(u, x.Index)) {
				return false, false // the interpreter reads them after the right side, as Go
			}
			return true, !o.still(x.X) || !o.still(x.Index) || types.IsInterface(u.Key())
		case *types.Array:
			if o.info.Types[x.Index].Value != nil {
				return o.finds(x.X, tok, false)
			}
		}
		return true, true
	case *ast.StarExpr:
		return true, true
	case *ast.SelectorExpr:
		sel := o.info.Selections[x]
		if sel == nil {
			return false, false // a package's variable
		}
		if sel.Indirect() {
			return true, true
		}
		return o.finds(x.X, tok, false)
	}
	return false, false
}

// still reports whether e is read with no effect and cannot panic: a
// variable, a constant, a field of a variable held in it.
func (o orderOf) still(e ast.Expr) bool {
	if tv, ok := o.info.Types[e]; ok && tv.Value != nil {
		return true
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		sel := o.info.Selections[x]
		return sel == nil || sel.Kind() == types.FieldVal && !sel.Indirect() && o.still(x.X)
	}
	return false
}

// acts reports whether evaluating e calls a function, receives, or
// asserts a type where a failed assertion panics (not in a comma-ok
// assignment).
func (o orderOf) acts(e ast.Expr, commaOK bool) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			found = found || !o.quietCall(x)
		case *ast.UnaryExpr:
			found = found || x.Op == token.ARROW
		case *ast.TypeAssertExpr:
			found = found || !(commaOK && x == ast.Unparen(e))
		}
		return !found
	})
	return found
}

// quietCall reports whether c is a conversion or a call of a builtin
// function that changes nothing a script can see.
func (o orderOf) quietCall(c *ast.CallExpr) bool {
	fun := ast.Unparen(c.Fun)
	if tv, ok := o.info.Types[fun]; ok && tv.IsType() {
		return true
	}
	if id, ok := fun.(*ast.Ident); ok {
		if b, ok := o.info.Uses[id].(*types.Builtin); ok {
			switch b.Name() {
			case "len", "cap", "append", "make", "new", "complex", "real", "imag", "min", "max":
				return true
			}
		}
	}
	return false
}

func (o orderOf) under(x ast.Expr) types.Type {
	if t := o.info.TypeOf(x); t != nil {
		return t.Underlying()
	}
	return nil
}

// operands returns the operands of the left side l that call or receive,
// which the pass evaluates first, in order; of a map's key, what gc
// evaluates before the right side (see keyLate): the whole key, or its
// calls, receives and slices.
func (o orderOf) operands(l ast.Expr) []ast.Expr {
	var out []ast.Expr
	value := func(x ast.Expr) {
		if o.acts(x, false) {
			out = append(out, x)
		}
	}
	var path func(x ast.Expr)
	path = func(x ast.Expr) {
		switch x := ast.Unparen(x).(type) {
		case *ast.IndexExpr:
			switch u := o.under(x.X).(type) {
			case *types.Array:
				path(x.X)
			case *types.Map:
				value(x.X)
				switch {
				case fixedValue(o.info, x.Index):
				case o.keyLate(u, x.Index):
					out = append(out, o.keyHoles(x.Index)...)
				default:
					out = append(out, x.Index)
				}
				return
			default:
				value(x.X)
			}
			value(x.Index)
		case *ast.StarExpr:
			value(x.X)
		case *ast.SelectorExpr:
			if o.info.Selections[x] == nil {
				return
			}
			if _, ptr := o.under(x.X).(*types.Pointer); ptr {
				value(x.X)
			} else {
				path(x.X)
			}
		}
	}
	path(l)
	return out
}

// liftAssign rewrites s, once the other passes have edited it; as a
// function literal called at once where wrap is true (no statement can go
// before s). Where hoist is the frame of the function s is in, s assigns
// one value and its type can be written at the top of the function, the
// value goes to a variable of the frame, with no block (_v1 = t[j]; s[i]
// = _v1): the interpreter makes a variable declared in a block anew each
// time the block runs, which cost a loop of out[i] = in[j] twice its
// time.
func liftAssign(p *Package, f *ast.File, e *Editor, s *ast.AssignStmt, wrap bool, hoist *tempFrame) {
	o := orderOf{info: p.Info}
	refuse := func(why string) {
		e.Refuse(s.Pos(), "the interpreter would find the left side of this assignment before it evaluates the right side, unlike Go, and socklab cannot evaluate the right side first here, as %s: put the right side in a variable of its own first (v := f(); s[i] = v)", why)
	}
	if wrap && slices.ContainsFunc(s.Rhs, func(x ast.Expr) bool { return recoverCall(p, x) }) {
		refuse("no statement can go before it and the right side calls recover")
		return
	}
	open, closing := "{ ", " }"
	if wrap {
		open, closing = "func() { ", " }()"
	}
	// The temporaries, one for each value of the right side, of the left
	// side's types; declared without them (_v1 := f()) where one cannot
	// be written (a type parameter's, or of a package the file does not
	// import) and the values have those types themselves.
	var temps, types_ []string
	var decl strings.Builder
	named := true
	for _, l := range s.Lhs {
		if isBlank(l) {
			temps = append(temps, "_")
			types_ = append(types_, "")
			continue
		}
		t := p.Info.TypeOf(l)
		if s.Tok == token.SHL_ASSIGN || s.Tok == token.SHR_ASSIGN {
			t = p.Info.TypeOf(s.Rhs[0])
		}
		name, ok := o.typeText(p, f, t)
		named = named && ok
		temps = append(temps, e.Name("v"))
		types_ = append(types_, name)
	}
	if !named && !o.ownTypes(s) {
		refuse("its type cannot be named in this file")
		return
	}
	hoisting := hoist != nil && !wrap && named && len(s.Lhs) == 1 && len(s.Rhs) == 1 && temps[0] != "_"
	if hoisting {
		open, closing = "", ""
		temps[0] = hoist.variable(e, types_[0])
	}
	// The left side, moved after the right one, its operands that call
	// before it.
	var lhs []string
	for i, l := range s.Lhs {
		if temps[i] == "_" {
			e.take(l.Pos(), l.End(), nil, i == 0) // nothing of it runs
			continue
		}
		ops := o.operands(l)
		if len(s.Lhs) == 1 && s.Tok == token.ASSIGN && !o.acts(s.Rhs[0], false) {
			ops = o.preOperands(l, ops)
		}
		text, opTexts, ok := e.take(l.Pos(), l.End(), ops, i == 0)
		if !ok {
			refuse("another edit reaches across it")
			return
		}
		for j, op := range ops {
			name := e.Name("o")
			value := e.lineAt(op.Pos()) + opTexts[j]
			if t := p.Info.TypeOf(op); namedBool(t) && !o.hole(op) {
				// a comparison, whose type the interpreter makes bool
				if text, ok := o.typeText(p, f, t); ok {
					value = text + "(" + value + ")"
				}
			}
			decl.WriteString(name + " := " + value + "; ")
			text = strings.Replace(text, holeMark(j), e.lineAt(op.Pos())+name+e.lineAt(op.End()), 1)
		}
		sep := ""
		if len(lhs) > 0 {
			sep = ", "
		}
		lhs = append(lhs, sep+e.lineAt(l.Pos())+text)
	}
	var used []string
	for _, t := range temps {
		if t != "_" {
			used = append(used, t)
		}
	}
	// One declaration for each value (the interpreter assigned 0 for
	// 100 in _v1, _v2 = 100, read()), each in place of the comma before
	// its value; the values of one call, in one.
	declare := func(i int) string {
		switch {
		case temps[i] == "_":
			return "_ = "
		case hoisting:
			return temps[i] + " = "
		case !named:
			return temps[i] + " := "
		}
		return "var " + temps[i] + " " + types_[i] + " = "
	}
	if len(s.Rhs) == len(s.Lhs) {
		decl.WriteString(declare(0))
		for i := 1; i < len(s.Rhs); i++ {
			e.splitValues(s.Rhs[i-1].End(), s.Rhs[i].Pos(), "; "+declare(i))
		}
	} else if named {
		values := slices.Clone(temps)
		for i, t := range temps {
			if t == "_" && isReceive(s.Rhs[0]) {
				// The interpreter cannot receive into a blank beside a
				// variable (_v1, _ = <-ch panicked): a variable of its own.
				t, types_[i] = e.Name("v"), "bool"
				if i == 0 {
					ch, _ := p.Info.TypeOf(s.Rhs[0].(*ast.UnaryExpr).X).Underlying().(*types.Chan)
					if ch == nil {
						refuse("its type cannot be named in this file")
						return
					}
					name, ok := o.typeText(p, f, ch.Elem())
					if !ok {
						refuse("its type cannot be named in this file")
						return
					}
					types_[i] = name
				}
				values[i] = t
			}
			if t != "_" {
				decl.WriteString("var " + t + " " + types_[i] + "; ")
			}
		}
		decl.WriteString(strings.Join(values, ", ") + " = ")
	} else {
		decl.WriteString(strings.Join(temps, ", ") + " := ")
	}
	tokEnd := s.TokPos + token.Pos(len(s.Tok.String()))
	e.Replace(s.Lhs[0].Pos(), tokEnd, open+decl.String())
	e.gap(tokEnd, s.Rhs[0].Pos())
	e.Insert(s.End(), "; "+strings.Join(lhs, "")+" "+s.Tok.String()+" "+strings.Join(used, ", ")+closing+e.lineAt(s.End()))
}

// readFirst reads the pointed-to variable that s, an assignment with an
// operator (*p += b[j]), assigns to, just before s, into a variable
// of fr, the function's frame: Go reads it first, and
// panics there with a nil p, where the interpreter evaluated the right
// side first.
//
//	*p += b[j]   =>   _v1 = /*line :9:2*/*p; /*line :9:2*/*p += b[j]
//
// A type that cannot be written at the top of the function (one declared
// in it) is read in a block of its own, { _v1 := *p; _ = _v1 }; where no
// statement can go before s (wrap), it is refused.
func readFirst(p *Package, f *ast.File, e *Editor, s *ast.AssignStmt, fr *tempFrame, wrap bool) {
	l := s.Lhs[0]
	if wrap {
		e.Refuse(s.Pos(), "the interpreter would evaluate the right side of this assignment before it reads %s, unlike Go, and socklab cannot read %s first here, as no statement can go before it: write the assignment on a line of its own", e.Text(l.Pos(), l.End()), e.Text(l.Pos(), l.End()))
		return
	}
	value := e.lineAt(l.Pos()) + e.Edited(l.Pos(), l.End())
	if t, ok := (orderOf{info: p.Info}).typeText(p, f, p.Info.TypeOf(l)); ok {
		e.Insert(s.Pos(), fr.variable(e, t)+" = "+value+"; "+e.lineAt(s.Pos()))
		return
	}
	name := e.Name("v")
	e.Insert(s.Pos(), "{ "+name+" := "+value+"; _ = "+name+" }; "+e.lineAt(s.Pos()))
}

// A tempFrame is the body of a function, at whose top the pass declares the
// variables that the function's lifted assignments assign values to, one
// for each type: each is assigned and read in one place, with no call
// between, and a function literal has a frame of its own.
type tempFrame struct {
	body  *ast.BlockStmt
	names map[string]string // the variables, by their type's text
}

// variable returns the frame's variable of type typ, declared where it
// is first asked for.
func (fr *tempFrame) variable(e *Editor, typ string) string { return fr.named(e, typ, typ) }

// holeMark stands for the j-th operand taken out of a text by take.
func holeMark(j int) string { return "\x00" + string(rune('0'+j)) + "\x00" }

// take returns the text from pos up to end with the edits made inside
// it, each of holes (expressions inside it, in order, apart) replaced by
// holeMark and returned apart with its own edits, and drops those edits:
// the caller writes the text elsewhere. An insertion at pos stays where
// it is where before is true (it goes before the statement pos starts);
// one at the edge of a hole stays outside the hole. It reports false,
// and takes nothing, where an edit reaches across pos, end or a hole's
// edge, or inserts at end.
func (e *Editor) take(pos, end token.Pos, holes []ast.Expr, before bool) (string, []string, bool) {
	type span struct{ start, stop int }
	whole := span{e.file.Offset(pos), e.file.Offset(end)}
	spans := []span{whole}
	for _, h := range holes {
		spans = append(spans, span{e.file.Offset(h.Pos()), e.file.Offset(h.End())})
	}
	for _, ed := range e.edits {
		for _, sp := range spans {
			if ed.start < sp.start && ed.end > sp.start || ed.start < sp.stop && ed.end > sp.stop {
				return "", nil, false
			}
		}
		if ed.start == ed.end && ed.start == whole.stop {
			return "", nil, false
		}
	}
	// owner returns whose an edit is: the text's (0), a hole's (j+1), or
	// no one's (-1).
	owner := func(ed edit) int {
		if ed.start < whole.start || ed.end > whole.stop || ed.start == ed.end && ed.start == whole.start && before {
			return -1
		}
		for j, sp := range spans[1:] {
			if ed.start >= sp.start && ed.end <= sp.stop && (ed.start != ed.end || sp.start < ed.start && ed.start < sp.stop) {
				return j + 1
			}
		}
		return 0
	}
	texts := make([]string, len(spans))
	for k, sp := range spans {
		var mine []edit
		for _, ed := range e.edits {
			if owner(ed) == k {
				mine = append(mine, ed)
			}
		}
		var b strings.Builder
		at := sp.start
		next := 1 // the next hole, in the text's own
		flush := func(upTo int, edits bool) {
			for k == 0 && next < len(spans) && spans[next].start < upTo || k == 0 && next < len(spans) && !edits && spans[next].start == upTo {
				b.Write(e.src[at:spans[next].start])
				b.WriteString(holeMark(next - 1))
				at = spans[next].stop
				next++
			}
		}
		for _, ed := range sortEdits(mine) {
			flush(ed.start, true)
			b.Write(e.src[at:ed.start])
			b.WriteString(ed.text)
			at = ed.end
		}
		flush(sp.stop, false)
		b.Write(e.src[at:sp.stop])
		texts[k] = b.String()
	}
	kept := e.edits[:0]
	for _, ed := range e.edits {
		if owner(ed) < 0 {
			kept = append(kept, ed)
		}
	}
	e.edits = kept
	return texts[0], texts[1:], true
}

// ownTypes reports whether each value of the right side of s has the
// type of its left side's operand by itself, not from the assignment (as
// an untyped comparison or shift takes it): variables declared by the
// values alone assign as the values did.
func (o orderOf) ownTypes(s *ast.AssignStmt) bool {
	for i, l := range s.Lhs {
		if isBlank(l) {
			continue
		}
		var t types.Type
		switch {
		case len(s.Rhs) == len(s.Lhs):
			r := ast.Unparen(s.Rhs[i])
			switch x := r.(type) {
			case *ast.CallExpr, *ast.TypeAssertExpr, *ast.IndexExpr, *ast.SelectorExpr, *ast.Ident, *ast.StarExpr, *ast.SliceExpr, *ast.CompositeLit, *ast.FuncLit:
			case *ast.BinaryExpr:
				// of its operands' type (a[i] + b[i] of a type parameter),
				// but a comparison's or a logical operator's, an untyped
				// bool that the type checker records as the left side's
				switch x.Op {
				case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ, token.LAND, token.LOR:
					return false
				case token.SHL, token.SHR:
					if !o.typedOperand(x.X) {
						return false // 1 << n, untyped, of the left side's type
					}
				default:
					if !o.typedOperand(x.X) && !o.typedOperand(x.Y) {
						return false // (1 << n) + 2, likewise
					}
				}
			case *ast.UnaryExpr:
				if x.Op != token.ARROW && x.Op != token.AND {
					return false // but a receive, and an address, of a type of its own
				}
			default:
				return false
			}
			if tv := o.info.Types[r]; tv.Value != nil {
				return false // a constant takes its type from the assignment
			}
			t = o.info.TypeOf(r)
		default:
			switch rt := o.info.TypeOf(s.Rhs[0]).(type) {
			case *types.Tuple:
				t = rt.At(i).Type()
			default: // comma-ok
				t = rt
				if i == 1 {
					t = types.Typ[types.Bool]
				}
			}
		}
		lt := o.info.TypeOf(l)
		if s.Tok == token.SHL_ASSIGN || s.Tok == token.SHR_ASSIGN {
			continue // the count's own type is the temporary's
		}
		if t == nil || lt == nil || !types.Identical(t, lt) {
			return false
		}
	}
	return true
}

// typedOperand reports whether x, an operand of a binary operation, is a
// value of its own type, not an untyped one that the type checker records
// as the type the operation's value takes: a variable, a field, an
// element, a call's result.
func (o orderOf) typedOperand(x ast.Expr) bool {
	x = ast.Unparen(x)
	if tv := o.info.Types[x]; tv.Value != nil {
		return false
	}
	switch x.(type) {
	case *ast.Ident, *ast.IndexExpr, *ast.SelectorExpr, *ast.CallExpr, *ast.StarExpr, *ast.TypeAssertExpr:
		return true
	}
	return false
}

// typeText returns t written in f; ok is false for a type that cannot be
// written there (of a type parameter, declared in a function, or of a
// package f does not import).
func (o orderOf) typeText(p *Package, f *ast.File, t types.Type) (string, bool) {
	if t == nil || localTypes(p, t, map[types.Type]bool{}) {
		return "", false
	}
	if n, isNamed := types.Unalias(t).(*types.Named); isNamed && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "iter" {
		t = n.Underlying()
	}
	names := importNames(p, f)
	ok := true
	text := types.TypeString(t, func(pkg *types.Package) string {
		if pkg == p.Types {
			return ""
		}
		if n, found := names[pkg.Path()]; found {
			return n
		}
		ok = false
		return pkg.Name()
	})
	if b, isBasic := t.(*types.Basic); isBasic && b.Info()&types.IsUntyped != 0 {
		ok = false
	}
	return text, ok && !strings.Contains(text, "invalid type")
}

// namedBool reports whether t is a named type on bool.
func namedBool(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	b, ok := n.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}

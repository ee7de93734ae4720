package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// An assignment of several values whose left side is more than variables
// (an element, a field, a pointed-to variable), one of them of an
// interface type, the interpreter cannot run as a whole: it copies each
// value first into a variable of the value's own type, which a boxed
// value, an interface value going to any and an untyped nil do not fit
// (s[0], n = g(), f() stopped with reflect.Set: value of type interface
// {} is not assignable; m[k], n = nil, 3 with reflect: New(nil)), and it
// left a nil that a call, receive or assertion gives a map's element out
// of the map (m[k], ok = <-ch), as it did any value of such a right side
// going to a map's element (m[k], ok = <-ch of a chan int, n, m[k] = f()).
// Pass evalorder writes such an assignment
// in Go's order of evaluation, and this file its last part: the values
// one by one, left to right, each an assignment of its own, which the
// interpreter runs as Go does:
//
//	m[k], n = nil, f()   =>   { var _v1 any = nil; var _v2 int = f(); m[k] = _v1; n = _v2 }
//	m[k], ok = <-ch      =>   { _v1, _v2 := <-ch; m[k] = _v1; ok = _v2 }
//
// Go evaluates the operands of the left side before it assigns anything,
// so an operand that an earlier assignment of the statement may change
// (i, s[i] = 1, x; a write through a pointer, an element or a field before
// an operand that reads memory, or a variable whose address is taken) is
// held in a variable first, after the right side, where gc reads it. Where
// no statement can go before the assignment (an if, for or switch
// statement's init, a for statement's post) the block is a function
// literal called at once, but for a right side that calls recover, which
// would stop no panic there.

// orderedTuple reports whether evalorder lifts s, an assignment of
// several values with more than variables on the left, so that its values
// are assigned one by one: where one of a left side's operands of an
// interface type gets a value of one call, receive, assertion or index,
// or, of several values, nil, an interface value or a value of a type the
// script declares with methods (but nils going to interfaces with methods
// alone, which tupleiface converts).
func orderedTuple(p *Package, s *ast.AssignStmt) bool {
	if s.Tok != token.ASSIGN || len(s.Lhs) < 2 || !slices.ContainsFunc(s.Lhs, func(l ast.Expr) bool { _, id := l.(*ast.Ident); return !id }) {
		return false
	}
	if len(s.Rhs) == 1 {
		for _, l := range s.Lhs {
			if _, id := l.(*ast.Ident); !id && types.IsInterface(p.Info.TypeOf(l)) || mapIndex(p, l) {
				return true
			}
		}
		return false
	}
	boxes, nilsOnly := boxing(p, s)
	return boxes && !nilsOnly
}

// sequentialTuple reports whether evalorder assigns the values of s one
// by one: s assigns several, one of them to a left side of an interface
// type, or, of one call, receive, assertion or index, to a map's element
// (which the interpreter left out of the map: m[k], ok = <-ch stored
// nothing).
func sequentialTuple(p *Package, s *ast.AssignStmt) bool {
	if s.Tok != token.ASSIGN || len(s.Lhs) < 2 {
		return false
	}
	return slices.ContainsFunc(s.Lhs, func(l ast.Expr) bool {
		return !isBlank(l) && types.IsInterface(p.Info.TypeOf(l)) || len(s.Rhs) == 1 && mapIndex(p, l)
	})
}

// liftTuple writes s as a block that evaluates the operands of its left
// side that call or receive, then its right side into variables, then the
// operands that an earlier assignment of s may change, and assigns the
// values one by one; in a function literal called at once where wrap is
// true.
func liftTuple(p *Package, f *ast.File, e *Editor, s *ast.AssignStmt, wrap bool) {
	o := orderOf{info: p.Info}
	refuse := func(why string) {
		e.Refuse(s.Pos(), "the interpreter cannot assign these values at once as Go does, and socklab cannot assign them one by one here, as %s: assign each value in a statement of its own", why)
	}
	if wrap && slices.ContainsFunc(s.Rhs, func(x ast.Expr) bool { return recoverCall(p, x) }) {
		refuse("no statement can go before it and the right side calls recover")
		return
	}
	if strings.ContainsAny(e.Text(s.Lhs[0].Pos(), s.TokPos), "\n\r") {
		refuse("its left side spans lines")
		return
	}
	// The values first, so that a refusal takes nothing.
	temps := make([]string, len(s.Lhs))
	decls := make([]string, len(s.Lhs))
	convs := make([]string, len(s.Lhs)) // a conversion of the value, for a named bool
	for i, l := range s.Lhs {
		if isBlank(l) {
			temps[i] = "_"
			continue
		}
		temps[i] = e.Name("v")
		lt := p.Info.TypeOf(l)
		typ, named := o.typeText(p, f, lt)
		if !named {
			typ, named = localName(p, lt, s.Pos())
		}
		if len(s.Rhs) == 1 {
			if i == 1 && len(s.Lhs) == 2 && givesOK(p, s.Rhs[0]) && !types.Identical(lt, types.Typ[types.Bool]) && !types.IsInterface(lt) {
				if !named {
					refuse("the type of " + types.ExprString(l) + " cannot be named in this file")
					return
				}
				convs[i] = typ
			}
			continue
		}
		r := s.Rhs[i]
		tv := p.Info.Types[r]
		switch {
		case named:
			decls[i] = "var " + temps[i] + " " + typ + " = "
		case tv.Value == nil && !tv.IsNil() && tv.Type != nil && !isUntyped(tv.Type):
			decls[i] = temps[i] + " := "
		default:
			refuse("the type of " + types.ExprString(l) + " cannot be named in this file")
			return
		}
	}
	// The left side, moved after the right one: its operands that call
	// or receive before the right side, those that an earlier assignment
	// may change after it.
	var before, after strings.Builder
	lhs := make([]string, len(s.Lhs))
	taken := addressTaken(p)
	for i, l := range s.Lhs {
		if isBlank(l) {
			e.take(l.Pos(), l.End(), nil, i == 0)
			continue
		}
		ops := o.operands(l)
		var reads []ast.Expr
		if i > 0 && changedBefore(p, taken, s.Lhs[:i], l) {
			for _, r := range tupleReads(o, l) {
				if slices.ContainsFunc(ops, func(op ast.Expr) bool { return op.Pos() < r.End() && r.Pos() < op.End() }) {
					if !slices.Contains(ops, r) {
						refuse("an operand of " + types.ExprString(l) + " that an earlier value changes calls a function")
						return
					}
					continue
				}
				reads = append(reads, r)
			}
		}
		holes := append(slices.Clone(ops), reads...)
		slices.SortFunc(holes, func(a, b ast.Expr) int { return int(a.Pos() - b.Pos()) })
		text, holeTexts, ok := e.take(l.Pos(), l.End(), holes, i == 0)
		if !ok {
			refuse("another edit reaches across it")
			return
		}
		if len(reads) > 0 && text != plainText(e, l, holes) {
			refuse("another edit reads its operands again")
			return
		}
		for j, h := range holes {
			name := e.Name("o")
			value := e.lineAt(h.Pos()) + holeTexts[j]
			if slices.Contains(ops, h) {
				if t := p.Info.TypeOf(h); namedBool(t) && !o.hole(h) {
					if typ, ok := o.typeText(p, f, t); ok {
						value = typ + "(" + value + ")"
					}
				}
				before.WriteString(name + " := " + value + "; ")
			} else {
				after.WriteString(name + " := " + value + "; ")
			}
			text = strings.Replace(text, holeMark(j), e.lineAt(h.Pos())+name+e.lineAt(h.End()), 1)
		}
		lhs[i] = e.lineAt(l.Pos()) + text
	}
	// The right side where it is, each value after the declaration of
	// its variable; the values of one call, receive, assertion or index,
	// declared at once.
	open, closing := "{ ", " }"
	if wrap {
		open, closing = "func() { ", " }()"
	}
	tokEnd := s.TokPos + token.Pos(len(s.Tok.String()))
	if len(s.Rhs) == 1 {
		e.Replace(s.Lhs[0].Pos(), tokEnd, open+before.String()+strings.Join(temps, ", ")+" := ")
	} else {
		first := decls[0]
		if first == "" {
			first = "_ = "
		}
		e.Replace(s.Lhs[0].Pos(), tokEnd, open+before.String()+first)
	}
	e.gap(tokEnd, s.Rhs[0].Pos())
	for i := 1; i < len(s.Rhs); i++ {
		d := decls[i]
		if d == "" {
			d = "_ = "
		}
		e.splitValues(s.Rhs[i-1].End(), s.Rhs[i].Pos(), "; "+d)
	}
	var assign strings.Builder
	for i, t := range temps {
		if t == "_" {
			continue
		}
		value := t
		if convs[i] != "" {
			value = convs[i] + "(" + t + ")"
		}
		assign.WriteString("; " + lhs[i] + " = " + value)
	}
	text := assign.String()
	if after.Len() > 0 {
		text = "; " + strings.TrimSuffix(after.String(), "; ") + text
	}
	e.Insert(s.End(), text+closing+e.lineAt(s.End()))
}

// localName returns the name of t where t is a type declared in a
// function that its name means at pos.
func localName(p *Package, t types.Type, pos token.Pos) (string, bool) {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.TypeArgs().Len() > 0 || n.Obj().Pkg() != p.Types || n.Obj().Parent() == p.Types.Scope() {
		return "", false
	}
	scope := p.Types.Scope().Innermost(pos)
	if scope == nil {
		return "", false
	}
	_, obj := scope.LookupParent(n.Obj().Name(), pos)
	return n.Obj().Name(), obj == n.Obj()
}

// givesOK reports whether x, the one value of an assignment of two, gives
// a value and a bool: a receive, a type assertion or a map's index.
func givesOK(p *Package, x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.UnaryExpr:
		return x.Op == token.ARROW
	case *ast.TypeAssertExpr:
		return true
	case *ast.IndexExpr:
		return mapIndex(p, x)
	}
	return false
}

// tupleReads returns the operands of the left side l that Go evaluates
// before it assigns: the index and the slice, map or pointer an element
// is found in, the pointer of an indirection; not the variables l is a
// part of (a field of a struct variable, an element of an array
// variable), which no assignment moves. Constants are left out.
func tupleReads(o orderOf, l ast.Expr) []ast.Expr {
	var out []ast.Expr
	value := func(x ast.Expr) {
		if o.info.Types[x].Value == nil {
			out = append(out, x)
		}
	}
	var path func(x ast.Expr)
	path = func(x ast.Expr) {
		switch x := ast.Unparen(x).(type) {
		case *ast.IndexExpr:
			if _, isArray := o.under(x.X).(*types.Array); isArray {
				path(x.X)
			} else {
				value(x.X)
			}
			value(x.Index)
		case *ast.StarExpr:
			value(x.X)
		case *ast.SelectorExpr:
			if o.info.Selections[x] == nil {
				return
			}
			if o.info.Selections[x].Indirect() {
				value(x.X)
			} else {
				path(x.X)
			}
		}
	}
	path(l)
	return out
}

// changedBefore reports whether assigning earlier, the left sides before
// l, may change what an operand of l reads: a variable one of them is, or
// is a part of; memory, where one of them writes through a pointer, an
// element of a slice or map or a field through a pointer, and an operand
// of l reads through one, or reads a package's variable or one whose
// address is taken.
func changedBefore(p *Package, taken map[types.Object]bool, earlier []ast.Expr, l ast.Expr) bool {
	written := map[types.Object]bool{}
	memory := false
	for _, x := range earlier {
		if root := assignedVar(p, x); root != nil {
			written[root] = true
		} else if !isBlank(x) {
			memory = true
		}
	}
	for _, r := range tupleReads(orderOf{info: p.Info}, l) {
		changed := false
		ast.Inspect(r, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Ident:
				v, ok := p.Info.Uses[n].(*types.Var)
				if ok && !v.IsField() && (written[v] || memory && (taken[v] || v.Parent() == v.Pkg().Scope())) {
					changed = true
				}
			case *ast.IndexExpr, *ast.StarExpr:
				changed = changed || memory
			case *ast.SelectorExpr:
				if sel := p.Info.Selections[n]; sel != nil && sel.Indirect() {
					changed = changed || memory
				}
			case *ast.CallExpr:
				changed = changed || memory
			}
			return !changed
		})
		if changed {
			return true
		}
	}
	return false
}

// assignedVar returns the variable that assigning to x writes a part of
// (x itself, a field of it, an element of an array it holds), or nil
// where x writes through a pointer, a slice or a map.
func assignedVar(p *Package, x ast.Expr) types.Object {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		if x.Name == "_" {
			return nil
		}
		return p.Info.ObjectOf(x)
	case *ast.SelectorExpr:
		sel := p.Info.Selections[x]
		if sel == nil {
			return p.Info.ObjectOf(x.Sel) // a package's variable
		}
		if sel.Indirect() {
			return nil
		}
		return assignedVar(p, x.X)
	case *ast.IndexExpr:
		if _, isArray := p.Info.TypeOf(x.X).Underlying().(*types.Array); isArray {
			return assignedVar(p, x.X)
		}
	}
	return nil
}

// addressTaken returns the variables of p whose address the program may
// take: with &, by slicing an array, or by calling a method with a
// pointer receiver on it.
func addressTaken(p *Package) map[types.Object]bool {
	taken := map[types.Object]bool{}
	mark := func(x ast.Expr) {
		if root := assignedVar(p, x); root != nil {
			taken[root] = true
		}
	}
	for _, f := range p.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					mark(n.X)
				}
			case *ast.SliceExpr:
				if _, isArray := p.Info.TypeOf(n.X).Underlying().(*types.Array); isArray {
					mark(n.X)
				}
			case *ast.SelectorExpr:
				if sel := p.Info.Selections[n]; sel != nil && sel.Kind() != types.FieldVal {
					if sig, ok := sel.Obj().Type().(*types.Signature); ok && sig.Recv() != nil {
						if _, ptr := sig.Recv().Type().(*types.Pointer); ptr {
							mark(n.X)
						}
					}
				}
			}
			return true
		})
	}
	return taken
}

// gap keeps the line breaks between pos and end, where an edit ends at
// pos and a value starts at end: the text between, where it holds none,
// is replaced by a line directive of end; otherwise one goes at end.
func (e *Editor) gap(pos, end token.Pos) {
	if strings.ContainsAny(e.Text(pos, end), "\n\r") {
		e.Insert(end, e.lineAt(end))
		return
	}
	e.Replace(pos, end, e.lineAt(end))
}

// splitValues replaces the comma between two values, the first ending at
// pos and the next starting at next, by text, keeping the line breaks
// between them (see gap); and all between them where something but space
// stands before the comma.
func (e *Editor) splitValues(pos, next token.Pos, text string) {
	between := e.Text(pos, next)
	comma := strings.IndexByte(between, ',')
	if comma < 0 || strings.TrimSpace(between[:comma]) != "" {
		e.Replace(pos, next, text+e.lineAt(next))
		return
	}
	at := pos + token.Pos(comma+1)
	e.Replace(pos, at, text)
	e.gap(at, next)
}

// plainText returns the source of l with each of holes replaced by its
// holeMark, as take returns it where no other edit is inside.
func plainText(e *Editor, l ast.Expr, holes []ast.Expr) string {
	var b strings.Builder
	at := l.Pos()
	for j, h := range holes {
		b.WriteString(e.Text(at, h.Pos()))
		b.WriteString(holeMark(j))
		at = h.End()
	}
	b.WriteString(e.Text(at, l.End()))
	return b.String()
}

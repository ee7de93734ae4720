package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// The interpreter carries out an assignment of several values (a, b = x,
// y) through a copy of each value of its own type, made after it has
// boxed the value for an interface on the left, and gets the copy wrong
// for a variable of an interface type: a value of a type the script
// declares with methods does not fit its copy ("reflect.Set: value of
// type interp.valueInterface is not assignable to type struct {...}"), a
// value of an interface type does not fit it when the variable's is
// any (a, b = b, a: "value of type interface {} is not assignable to
// type interp.valueInterface"), and nil has no type to copy (n, err = 0,
// nil: "reflect: New(nil)"). Values that a call returns it assigns as
// they are, so this pass has a function literal, called at once, return
// the right side as the variables' types:
//
//	msg, n = Hello{}, 1   =>   msg, n = func() (Msg, int) { return Hello{}, 1 }()
//
// The values of one call, receive or assertion (m[k], ok = <-ch) it
// assigns as they are, but leaves a map's element on the left out of the
// map, where Go stores the value: evalorder takes such a statement too.
//
// A nil assigned so to a variable of an interface type with methods
// needs no more than a conversion to that type (n, err = 0, error(nil)),
// which costs nothing where the call costs a few microseconds.
//
// Go evaluates the right side before it assigns, as the call does; the
// pass writes the call only where the left side is variables alone (a
// short declaration's too, where it gives such a value to a variable it
// declared before: a, k := nil, 5), and none whose right side calls
// recover, which the literal would keep from the deferred function (the
// conversions go anywhere). With more than variables on the left, pass
// evalorder assigns the values one by one (see tupleorder.go).

func tupleIface(p *Package, f *ast.File, e *Editor) {
	var found []*ast.AssignStmt
	ast.Inspect(f, func(n ast.Node) bool {
		s, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		if boxes, nilsOnly := boxesScriptValue(p, s); nilsOnly {
			typedNils(p, f, e, s)
		} else if boxes {
			found = append(found, s)
		}
		return true
	})
	if len(found) > 0 {
		// Later, so that the literal opens before whatever the other
		// passes insert at the first value and closes after what they
		// insert at the last.
		e.Later(func() {
			for _, s := range found {
				returnedTuple(p, f, e, s)
			}
		})
	}
}

// boxesScriptValue reports whether s assigns several values to variables,
// one of them of an interface type and its value nil, of an interface
// type or of a type the script declares with methods, and none of them
// calls recover; nilsOnly, whether each such value is nil and its
// variable's type an interface with methods, which a conversion of the
// nil to that type is enough for.
func boxesScriptValue(p *Package, s *ast.AssignStmt) (boxes, nilsOnly bool) {
	if s.Tok != token.ASSIGN && s.Tok != token.DEFINE || len(s.Lhs) < 2 || len(s.Lhs) != len(s.Rhs) {
		return false, false
	}
	boxes, nilsOnly = boxing(p, s)
	if slices.ContainsFunc(s.Rhs, func(x ast.Expr) bool { return recoverCall(p, x) }) {
		return false, false
	}
	vars := !slices.ContainsFunc(s.Lhs, func(l ast.Expr) bool { _, id := l.(*ast.Ident); return !id })
	if !vars && !nilsOnly {
		return false, false // evalorder assigns the values one by one
	}
	return boxes, boxes && nilsOnly
}

// boxing reports whether s, an assignment of as many values as it has
// operands on the left, gives one of an interface type nil, a value of an
// interface type or a value of a type the script declares with methods;
// nilsOnly, whether each such value is nil and its operand's type an
// interface with methods.
func boxing(p *Package, s *ast.AssignStmt) (boxes, nilsOnly bool) {
	if len(s.Lhs) != len(s.Rhs) {
		return false, false
	}
	nilsOnly = true
	for i, l := range s.Lhs {
		if id, ok := l.(*ast.Ident); ok && (id.Name == "_" || p.Info.Defs[id] != nil) {
			continue // a variable a short declaration declares takes its value as it is
		}
		lt, rt := p.Info.TypeOf(l), p.Info.TypeOf(s.Rhs[i])
		if lt == nil || rt == nil {
			return false, false
		}
		isNil := p.Info.Types[s.Rhs[i]].IsNil()
		if types.IsInterface(lt) && (scriptMethods(p, rt) || types.IsInterface(rt) || isNil) {
			boxes = true
			nilsOnly = nilsOnly && isNil && lt.Underlying().(*types.Interface).NumMethods() > 0
		}
	}
	return boxes, boxes && nilsOnly
}

// scriptMethods reports whether t is a type with methods that one of the
// script's packages declares, not an interface.
func scriptMethods(p *Package, t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || types.IsInterface(n) || n.Obj().Pkg() == nil {
		return false
	}
	if pkg := n.Obj().Pkg(); pkg != p.Types && !slices.Contains(p.Script, pkg) {
		return false
	}
	return n.NumMethods() > 0
}

// recoverCall reports whether x calls the builtin recover.
func recoverCall(p *Package, x ast.Expr) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
				if b, ok := p.Info.Uses[id].(*types.Builtin); ok && b.Name() == "recover" {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// returnedTuple writes s's right side as the results of a function
// literal called at once, where the file can spell the variables' types
// and no other pass replaces text across the right side's ends.
func returnedTuple(p *Package, f *ast.File, e *Editor, s *ast.AssignStmt) {
	first, last := s.Rhs[0].Pos(), s.Rhs[len(s.Rhs)-1].End()
	start, stop := e.file.Offset(first), e.file.Offset(last)
	for _, ed := range e.edits {
		if ed.start < ed.end && (ed.start < start && ed.end > start || ed.start < stop && ed.end > stop) {
			return
		}
	}
	results := make([]string, len(s.Lhs))
	for i, l := range s.Lhs {
		t := p.Info.TypeOf(l)
		if isBlank(l) {
			t = types.Default(p.Info.TypeOf(s.Rhs[i]))
			if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
				return // nil, which Go does not let a blank take
			}
		}
		typ, ok := typeName(p, f, t, false)
		if !ok || !oneLine(typ) {
			return
		}
		results[i] = typ
	}
	e.InsertFirst(first, "func() ("+strings.Join(results, ", ")+") { return "+e.lineAt(first))
	e.Insert(last, " }()"+e.lineAt(last))
}

// typedNils converts each nil of s assigned to a variable of an interface
// type to that type.
func typedNils(p *Package, f *ast.File, e *Editor, s *ast.AssignStmt) {
	for i, l := range s.Lhs {
		r := s.Rhs[i]
		if isBlank(l) || !p.Info.Types[r].IsNil() || !types.IsInterface(p.Info.TypeOf(l)) {
			continue
		}
		typ, ok := typeName(p, f, p.Info.TypeOf(l), false)
		if !ok || !oneLine(typ) {
			continue
		}
		e.Insert(r.Pos(), "("+typ+")("+e.lineAt(r.Pos()))
		e.Insert(r.End(), ")"+e.lineAt(r.End()))
	}
}

// allPure reports whether each of xs is evaluated without a call (a
// conversion aside) or a receive, which could change what another reads.
func allPure(p *Package, xs []ast.Expr) bool {
	pure := true
	for _, x := range xs {
		ast.Inspect(x, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if tv, ok := p.Info.Types[n.Fun]; !ok || !tv.IsType() {
					pure = false
				}
			case *ast.UnaryExpr:
				pure = pure && n.Op != token.ARROW
			case *ast.FuncLit:
				return false // its body runs when it is called, not here
			}
			return pure
		})
	}
	return pure
}

// mapIndex reports whether x is an element of a map.
func mapIndex(p *Package, x ast.Expr) bool {
	ix, ok := ast.Unparen(x).(*ast.IndexExpr)
	if !ok {
		return false
	}
	_, isMap := p.Info.TypeOf(ix.X).Underlying().(*types.Map)
	return isMap
}

package rewrite

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/socklab/socklab/runner/lift"
)

// The interpreter hands reflect.DeepEqual a value of a type the script
// declares with methods, where an interface holds it, in a wrapper of its
// own that records where the value was made, so that two equal values
// were not deeply equal (two map[string]any{"p": Point{1, 2}} differed).
// In a script that declares such a type, this pass hands each call of
// reflect.DeepEqual to lift.DeepEqual, which compares the values taken
// out of the wrappers:
//
//	reflect.DeepEqual(a, b)   =>   lift.DeepEqual(a, b)
//
// and so reflect.DeepEqual taken as a value (deepEqualValues).
//
// Out of its wrapper, a value has the interpreter's runtime type, which
// it shares with any other type of the same runtime form (RuntimeForm:
// type Table map[string]int with methods is map[string]int): where the
// package has such a pair, the call is refused, but for two operands of
// one static type that holds no interface.

func deepEquals(p *Package, f *ast.File, e *Editor) {
	wraps := -1 // not yet asked
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 2 || call.Ellipsis.IsValid() {
			return true
		}
		if name, ok := typeutilCallee(p, call); !ok || name != "reflect.DeepEqual" {
			return true
		}
		if wraps < 0 {
			wraps = 0
			if declaresWrapped(p) {
				wraps = 1
			}
		}
		if wraps == 0 {
			return true
		}
		a, b := p.Info.TypeOf(call.Args[0]), p.Info.TypeOf(call.Args[1])
		if w, other, ok := wrappedLookalike(p); ok && !sameTypeNoInterface(a, b) {
			e.Refuse(call.Pos(), "the interpreter makes %s one type with %s at run time, so socklab cannot tell their values apart in reflect.DeepEqual (where an interface holds a %s, it hands it over in a wrapper of its own, never deeply equal to another): compare them yourself, element by element or field by field, or give %s a form of its own (a struct type with a field of its own)", w, other, w, w)
			return true
		}
		sel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		e.Replace(sel.Pos(), sel.End(), e.Import(lift.Package)+".DeepEqual")
		return true
	})
	deepEqualValues(p, f, e, wraps)
}

// deepEqualValues hands reflect.DeepEqual taken as a value (eq :=
// reflect.DeepEqual) to lift.DeepEqual too, in a script where the pass
// hands its calls (wraps, -1 where not yet asked), and refuses it where
// the package has a pair of types that DeepEqual cannot tell apart: its
// calls' operands are not known there.
func deepEqualValues(p *Package, f *ast.File, e *Editor, wraps int) {
	called := map[*ast.SelectorExpr]bool{}
	var values []*ast.SelectorExpr
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
				called[sel] = true
			}
		case *ast.SelectorExpr:
			if fn, ok := p.Info.Uses[n.Sel].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "reflect" && fn.Name() == "DeepEqual" {
				values = append(values, n)
			}
		}
		return true
	})
	values = slices.DeleteFunc(values, func(sel *ast.SelectorExpr) bool { return called[sel] })
	if len(values) == 0 || wraps == 0 || wraps < 0 && !declaresWrapped(p) {
		return
	}
	for _, sel := range values {
		if w, other, ok := wrappedLookalike(p); ok {
			e.Refuse(sel.Pos(), "the interpreter makes %s one type with %s at run time, so socklab cannot tell their values apart in reflect.DeepEqual taken as a value: call reflect.DeepEqual where you compare, or give %s a form of its own (a struct type with a field of its own)", w, other, w)
			continue
		}
		e.Replace(sel.Pos(), sel.End(), e.Import(lift.Package)+".DeepEqual")
	}
}

// sameTypeNoInterface reports whether a and b are one type that holds no
// interface (got and want of []Player, beside a type League []Player):
// neither value can be another type of the same runtime form, nor hold a
// value in the interpreter's wrapper, so DeepEqual answers as Go's does.
func sameTypeNoInterface(a, b types.Type) bool {
	return a != nil && b != nil && types.Identical(a, b) && !holdsInterface(a)
}

// wrappedLookalike returns a type of the package with methods whose
// values the interpreter wraps, and another type of its values or
// declarations, which the interpreter makes one type at run time.
func wrappedLookalike(p *Package) (string, string, bool) {
	marks := MarkedStructs(p.Files, p.Types, p.Info)
	forms := map[string][]types.Type{}
	add := func(t types.Type) {
		if t == nil || types.IsInterface(t) {
			return
		}
		if _, ok := t.(*types.Tuple); ok {
			return
		}
		key := RuntimeForm(p.Types, t, marks)
		for _, u := range forms[key] {
			if types.Identical(u, t) {
				return
			}
		}
		forms[key] = append(forms[key], t)
	}
	for _, tv := range p.Info.Types {
		if tv.IsValue() {
			add(tv.Type)
		}
	}
	var wrapped []types.Type
	for _, obj := range p.Info.Defs {
		if tn, ok := obj.(*types.TypeName); ok {
			add(tn.Type())
			if wrappedType(tn) {
				wrapped = append(wrapped, tn.Type())
			}
		}
	}
	slices.SortFunc(wrapped, func(a, b types.Type) int { return int(a.(*types.Named).Obj().Pos() - b.(*types.Named).Obj().Pos()) })
	for _, w := range wrapped {
		for _, u := range forms[RuntimeForm(p.Types, w, marks)] {
			if !types.Identical(u, w) {
				q := types.RelativeTo(p.Types)
				return types.TypeString(w, q), types.TypeString(u, q), true
			}
		}
	}
	return "", "", false
}

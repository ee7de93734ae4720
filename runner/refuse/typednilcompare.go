package refuse

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/socklab/socklab/runner/rewrite"
)

// pointerComparisons refuses comparing an interface of Go's library with
// a pointer of a script's type, or with a value of one, and errors.Is with
// such a target, where package rewrite does not make the comparison a
// call of lift.Equal or lift.ErrorsIs: an interface other than error
// (a fmt.Stringer compared with a *Name), or a type declared inside a
// function. The interpreter keeps a script's value in such an interface
// inside a wrapper of its own, which is not equal to the pointer: Go says
// true where the interpreter says false. errors.As takes the pointer out
// as Go does.
func pointerComparisons(r *reporter) {
	scriptPointer := func(e ast.Expr) (types.Type, bool) {
		t := r.typeOf(e)
		if t == nil {
			return nil, false
		}
		p, ok := t.(*types.Pointer)
		return t, ok && r.declared(p.Elem())
	}
	// scriptValue reports whether e is a value, not a pointer, of a type
	// the script declares, comparable as Go compares it in an interface.
	scriptValue := func(e ast.Expr) (types.Type, bool) {
		t := r.typeOf(e)
		if t == nil || types.IsInterface(t) {
			return nil, false
		}
		if _, ptr := t.Underlying().(*types.Pointer); ptr {
			return nil, false
		}
		return t, r.declared(t) && !r.pooled(t) && types.Comparable(t)
	}
	compare := func(x, y ast.Expr) {
		for _, pair := range [][2]ast.Expr{{x, y}, {y, x}} {
			it := r.typeOf(pair[0])
			if it == nil || !r.libraryInterface(it) || r.lifted(it, pair[1]) {
				continue
			}
			if t, ok := scriptValue(pair[1]); ok {
				r.refuse(pair[1].Pos(), "the interpreter keeps a %s stored as %s in a wrapper of its own, so %s compared with %s is not equal where Go finds the same value: declare %s as a struct whose Error method has a pointer receiver, store &%s{...} and take it out with errors.As", r.typeString(t), r.typeString(it), types.ExprString(pair[0]), types.ExprString(pair[1]), r.typeString(t), r.typeString(t))
				return
			}
			if t, ok := scriptPointer(pair[1]); ok && !types.Identical(it, types.Universe.Lookup("error").Type()) {
				r.refuse(pair[1].Pos(), "the interpreter keeps a %s stored as %s in a wrapper of its own, so %s compared with %s is not equal where Go finds the same pointer: take the %s out first (got, ok := %s.(%s); ok && got == %s)", r.typeString(t), r.typeString(it), types.ExprString(pair[0]), types.ExprString(pair[1]), r.typeString(t), types.ExprString(pair[0]), r.typeString(t), types.ExprString(pair[1]))
				return
			}
			if t, ok := scriptPointer(pair[1]); ok {
				r.refuse(pair[1].Pos(), "the interpreter keeps a %s stored as %s in a wrapper of its own, so %s compared with %s is not equal where Go finds the same pointer: take the %s out first (var got %s; errors.As(%s, &got) && got == %s)", r.typeString(t), r.typeString(it), types.ExprString(pair[0]), types.ExprString(pair[1]), r.typeString(t), r.typeString(t), types.ExprString(pair[0]), types.ExprString(pair[1]))
				return
			}
		}
	}
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				compare(n.X, n.Y)
			}
		case *ast.SwitchStmt:
			if n.Tag == nil {
				return true
			}
			for _, c := range n.Body.List {
				for _, e := range c.(*ast.CaseClause).List {
					compare(n.Tag, e)
				}
			}
		case *ast.CallExpr:
			if r.calleeName(n) == "errors.Is" && len(n.Args) == 2 && !r.lifted(types.Universe.Lookup("error").Type(), n.Args[1]) {
				if t, ok := scriptPointer(n.Args[1]); ok {
					r.refuse(n.Args[1].Pos(), "errors.Is does not find a %s in the interpreter, which keeps one stored as error in a wrapper of its own: take it out with errors.As (var got %s; errors.As(%s, &got) && got == %s)", r.typeString(t), r.typeString(t), types.ExprString(n.Args[0]), types.ExprString(n.Args[1]))
				} else if t, ok := scriptValue(n.Args[1]); ok {
					r.refuse(n.Args[1].Pos(), "errors.Is does not find a %s in the interpreter, which keeps one stored as error in a wrapper of its own that is not equal to it: declare %s as a struct whose Error method has a pointer receiver, store &%s{...} and take it out with errors.As", r.typeString(t), r.typeString(t), r.typeString(t))
				}
			}
		}
		return true
	})
}

// lifted reports whether package rewrite makes comparing a value of the
// interface it with x a call of lift.Equal (pass ifaceequal): it is
// error, and x is of an error type the script declares at the top level,
// or a pointer to one, whose values lift.Self names.
func (r *reporter) lifted(it types.Type, x ast.Expr) bool {
	_, ok := rewrite.SelfTyped(nil, r.pkg, r.typeOf(x))
	return ok && types.Identical(it, types.Universe.Lookup("error").Type())
}

// liftedErrors reports whether package rewrite makes x == y, or
// errors.Is(x, y), a call of lift.Equal or lift.ErrorsIs that takes the
// values out of the interpreter's wrappers and socklab's boxes of nil
// pointers: both are errors, or one is and the other is lifted.
func (r *reporter) liftedErrors(x, y ast.Expr) bool {
	errT := types.Universe.Lookup("error").Type()
	tx, ty := r.typeOf(x), r.typeOf(y)
	if tx == nil || ty == nil {
		return false
	}
	return types.Identical(tx, errT) && types.Identical(ty, errT) || r.lifted(tx, y) || r.lifted(ty, x)
}

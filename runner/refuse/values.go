package refuse

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/socklab/socklab/runner/rewrite"
)

// recoveredValues refuses using the value recover returns other than
// comparing it with nil or a value of a concrete type or panicking with it
// again, where a panic of the
// script could reach it in a form that reads differently from Go's (see
// panicsUnlike): socklab gives recover Go's runtime errors where it knows
// their detail, and the value itself where the script panicked with one
// (see lift.Recovered).
func recoveredValues(r *reporter) {
	recovered := r.recoveredVars()
	returned, returning := r.recoveredResults(recovered)
	var unlike *unlikePanic
	var scriptAt token.Pos
	var scriptSays string
	var lostAt token.Pos
	var lostSays string
	lostAsked := false
	scriptPanicked := false
	r.inspect(func(n ast.Node, stack []ast.Node) bool {
		var what ast.Expr
		var carried *types.Func // the function that returned what recover returned
		switch x := n.(type) {
		case *ast.Ident:
			if o := r.info.Uses[x]; o != nil && recovered[o] {
				what = x
			} else if o != nil && returned[o] != nil {
				what, carried = x, returned[o]
			}
		case *ast.CallExpr:
			if isRecoverCall(r, x) {
				what = x
			} else if fn := r.calledFunc(x); len(returning[fn]) == 1 && returning[fn][0] == 0 {
				what, carried = x, fn
			}
		}
		if what == nil || len(stack) == 0 {
			return true
		}
		if wrappedByErrorf(r, what, stack) {
			if !scriptPanicked {
				scriptAt, scriptSays = r.unwrappedPanic()
				scriptPanicked = true
			}
			if scriptAt.IsValid() {
				through := ""
				if carried != nil {
					through = fmt.Sprintf("%s returns what recover returned in it, and ", carried.Name())
				}
				r.refuse(what.Pos(), "%sthe panic at %s may carry %s", through, r.fset.Position(scriptAt), scriptSays)
				return true
			}
		}
		if carried != nil || harmlessUse(r, what, stack) {
			return true
		}
		if !lostAsked && !concreteAssertion(r, what, stack) {
			lostAt, lostSays = r.lostPanic()
			lostAsked = true
		}
		if lostAt.IsValid() && !concreteAssertion(r, what, stack) {
			r.refuse(what.Pos(), "the panic at %s may carry %s", r.fset.Position(lostAt), lostSays)
			return true
		}
		if unlike == nil {
			unlike = r.panicsUnlike()
		}
		if unlike.pos.IsValid() {
			r.refuse(what.Pos(), "%s at %s %s, so what recover returns cannot be shown or inspected here: %s", unlike.what, r.fset.Position(unlike.pos), unlike.how, unlike.instead)
		}
		return true
	})
}

// harmlessUse reports whether the value e, of recover, is only compared
// with nil or a value of a type that is not an interface (in a switch's
// cases too: the book's case bailout{}), assigned, or handed to panic
// again.
func harmlessUse(r *reporter, e ast.Expr, stack []ast.Node) bool {
	switch p := stack[len(stack)-1].(type) {
	case *ast.BinaryExpr:
		if p.Op == token.EQL || p.Op == token.NEQ {
			other := p.X
			if other == e {
				other = p.Y
			}
			return comparedHarmlessly(r, other)
		}
	case *ast.SwitchStmt:
		if p.Tag != e {
			return false
		}
		for _, c := range p.Body.List {
			for _, x := range c.(*ast.CaseClause).List {
				if !comparedHarmlessly(r, x) {
					return false
				}
			}
		}
		return true
	case *ast.AssignStmt:
		for _, l := range p.Lhs {
			if l == e {
				return true
			}
		}
		_, isCall := e.(*ast.CallExpr)
		return isCall // r := recover()
	case *ast.ValueSpec:
		return true
	case *ast.CallExpr:
		if id, ok := p.Fun.(*ast.Ident); ok && id.Name == "panic" {
			_, builtin := r.info.Uses[id].(*types.Builtin)
			return builtin
		}
	case *ast.ExprStmt:
		return true // recover() alone
	}
	return false
}

// concreteAssertion reports whether e, the value recover returns, is
// asserted to a type that is not an interface, or switched on with cases
// of such types alone, which find the value by its type without its
// methods (the types that the interpreter makes one are refused where
// they are asserted, see lookalikeCases).
func concreteAssertion(r *reporter, e ast.Expr, stack []ast.Node) bool {
	ta, ok := stack[len(stack)-1].(*ast.TypeAssertExpr)
	if !ok || ta.X != e {
		return false
	}
	if ta.Type != nil {
		t := r.typeOf(ta.Type)
		return t != nil && !types.IsInterface(t)
	}
	for i := len(stack) - 2; i >= 0; i-- {
		ts, ok := stack[i].(*ast.TypeSwitchStmt)
		if !ok {
			continue
		}
		for _, c := range ts.Body.List {
			for _, x := range c.(*ast.CaseClause).List {
				if t := r.typeOf(x); t == nil || types.IsInterface(t) {
					if !r.info.Types[x].IsNil() {
						return false
					}
				}
			}
		}
		return true
	}
	return false
}

// comparedHarmlessly reports whether comparing the value recover returns
// with other gives Go's answer whatever the panic carried: other is nil, or
// of a type that is not an interface (bailout{}, a sentinel pointer, a
// string), which the interpreter's value equals only where Go's does (two
// types it makes one are refused where they are compared, see Known
// limits). An interface operand could hold a runtime error that the
// interpreter makes otherwise.
func comparedHarmlessly(r *reporter, other ast.Expr) bool {
	tv := r.info.Types[other]
	return tv.IsNil() || tv.Type != nil && !types.IsInterface(tv.Type)
}

// enclosingSignature returns the signature of the innermost function in
// stack.
func (r *reporter) enclosingSignature(stack []ast.Node) *types.Signature {
	for i := len(stack) - 1; i >= 0; i-- {
		switch f := stack[i].(type) {
		case *ast.FuncLit:
			sig, _ := r.typeOf(f).(*types.Signature)
			return sig
		case *ast.FuncDecl:
			if o, ok := r.info.Defs[f.Name].(*types.Func); ok {
				return o.Type().(*types.Signature)
			}
			return nil
		}
	}
	return nil
}

// wrappedByErrorf reports whether e, the value recover returns, is the
// operand of a %w verb of fmt.Errorf.
func wrappedByErrorf(r *reporter, e ast.Expr, stack []ast.Node) bool {
	call, ok := stack[len(stack)-1].(*ast.CallExpr)
	if !ok || len(call.Args) < 2 || r.calleeName(call) != "fmt.Errorf" {
		return false
	}
	tv := r.info.Types[call.Args[0]]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return false
	}
	verbs, ok := rewrite.ParseVerbs(constant.StringVal(tv.Value))
	for i, a := range call.Args[1:] {
		if a == e && (!ok || i < len(verbs) && verbs[i].Verb == 'w') {
			return true
		}
	}
	return false
}

package refuse

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/socklab/socklab/runner/diag"
	"github.com/socklab/socklab/runner/rewrite"
)

// unlikePanic is a panic of the script whose value, recovered, reads
// differently from Go's in the interpreter.
type unlikePanic struct {
	pos                token.Pos
	what, how, instead string
}

// panicsUnlike returns the first panic of the script whose recovered value
// differs from Go's, or an unlikePanic with no position, in the functions
// whose panics a recover can see (see rewrite.Bounds.Sees). Those are: an
// index or slice expression whose runtime error the interpreter gives
// without Go's detail (where the marked source cannot save its operands,
// see diag.Detailed; in a function that defers the recover itself, which
// runs before the marks place the panic; or in a function the marks skip)
// and that the rewrite does not check either (see rewrite.PlanBounds),
// and a type assertion that can fail (the interpreter's error names its
// own types and position). A panic with a value of a type the script
// declares reaches recover as Go's does: lift.Recovered takes it out of
// the interpreter's reflect.Value, the printing passes name its type and
// call its methods, and assertions to its type find it (a struct of no
// fields too, see lift.Printed and pass heldassert).
func (r *reporter) panicsUnlike() *unlikePanic {
	found := &unlikePanic{}
	for _, f := range r.files {
		checked := rewrite.PlanBounds(r.info, r.files, f)
		ast.Inspect(f, func(n ast.Node) bool {
			if found.pos.IsValid() {
				return false
			}
			var body *ast.BlockStmt
			var ft *ast.FuncType
			switch fn := n.(type) {
			case *ast.FuncDecl:
				body, ft = fn.Body, fn.Type
				if fn.Recv != nil && !rewrite.AllNamed(fn.Recv) {
					ft = nil
				}
			case *ast.FuncLit:
				body, ft = fn.Body, fn.Type
			default:
				return true
			}
			if body != nil && checked.Sees(body) {
				r.unlikeIn(body, ft != nil && rewrite.AllNamed(ft.Params) && !rewrite.DefersRecover(r.info, r.files, body), checked, found)
			}
			return true
		})
	}
	return found
}

// unlikeIn looks for such panics in one function body (not in the function
// literals inside, which are functions of their own); marked says whether
// the marks place its panics with Go's detail, checked which index and
// slice expressions the rewrite checks (see rewrite.PlanBounds).
func (r *reporter) unlikeIn(body *ast.BlockStmt, marked bool, checked *rewrite.Bounds, found *unlikePanic) {
	commaOK := map[ast.Expr]bool{}
	loops := 0
	var walk func(n ast.Node) bool
	walk = func(n ast.Node) bool {
		if found.pos.IsValid() {
			return false
		}
		switch e := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ForStmt, *ast.RangeStmt:
			loops++
			for _, c := range children(n) {
				ast.Inspect(c, walk)
			}
			loops--
			return false
		case *ast.AssignStmt:
			if len(e.Lhs) == 2 && len(e.Rhs) == 1 {
				commaOK[ast.Unparen(e.Rhs[0])] = true
			}
		case *ast.ValueSpec:
			if len(e.Names) == 2 && len(e.Values) == 1 {
				commaOK[ast.Unparen(e.Values[0])] = true
			}
		case *ast.TypeSwitchStmt:
			if a, ok := e.Assign.(*ast.AssignStmt); ok && len(a.Rhs) == 1 {
				commaOK[ast.Unparen(a.Rhs[0])] = true
			} else if x, ok := e.Assign.(*ast.ExprStmt); ok {
				commaOK[ast.Unparen(x.X)] = true
			}
		case *ast.TypeAssertExpr:
			if _, empty := rewrite.EmptyAssertion(r.info, e); empty {
				break // Go's message (pass toempty)
			}
			if l, _ := r.assertionLift(e); e.Type != nil && !commaOK[e] && !l.GoPanic {
				*found = unlikePanic{e.Pos(), "the type assertion", "fails with an error that names the interpreter's own types and position", "use the two-value form v, ok := x.(T) and handle !ok yourself"}
				return false
			}
		case *ast.IndexExpr:
			if r.indexes(e.X) && (!marked || !diag.Detailed(e, loops > 0)) && !checked.Covered(e) {
				instead := checked.Advice(e)
				if instead == "" {
					instead = "put the operand and the index in variables of their own first (s := f(); i := g(); ... s[i]), or check the index against len yourself"
				}
				*found = unlikePanic{e.Pos(), "the index", "fails with a reflect message in the interpreter, without the index and the length that Go's runtime error names", instead}
				return false
			}
		case *ast.SliceExpr:
			if (!marked || !diag.Detailed(e, loops > 0)) && !checked.Covered(e) {
				*found = unlikePanic{e.Pos(), "the slice expression", "fails with a reflect message in the interpreter, without the bounds and the capacity that Go's runtime error names", "put the operand and the bounds in variables of their own first, or check them yourself"}
				return false
			}
		}
		return true
	}
	for _, s := range body.List {
		ast.Inspect(s, walk)
	}
}

// children returns the parts of a loop statement.
func children(n ast.Node) []ast.Node {
	switch l := n.(type) {
	case *ast.ForStmt:
		return nonNil(l.Init, l.Cond, l.Post, l.Body)
	case *ast.RangeStmt:
		return nonNil(l.Key, l.Value, l.X, l.Body)
	}
	return nil
}

func nonNil(ns ...ast.Node) []ast.Node {
	var out []ast.Node
	for _, n := range ns {
		if n != nil {
			out = append(out, n)
		}
	}
	return out
}

// indexes reports whether indexing x can panic with a bound: x is not a
// map (nor a generic function being instantiated).
func (r *reporter) indexes(x ast.Expr) bool {
	t := r.typeOf(x)
	if t == nil {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Map, *types.Signature:
		return false
	case *types.Pointer:
		_, arr := u.Elem().Underlying().(*types.Array)
		return arr
	}
	return true
}

// scriptPanic returns the position of the first panic of the script, in a
// function whose panics a recover can see, with a value that may be of a
// type the script declares: recover returns it without the interpreter's
// record of its type, so compiled code that asks the value for its methods
// (fmt.Errorf's %w) does not find them.
func (r *reporter) scriptPanic() token.Pos {
	var found token.Pos
	for _, f := range r.files {
		checked := rewrite.PlanBounds(r.info, r.files, f)
		ast.Inspect(f, func(n ast.Node) bool {
			if found.IsValid() {
				return false
			}
			var body *ast.BlockStmt
			switch fn := n.(type) {
			case *ast.FuncDecl:
				body = fn.Body
			case *ast.FuncLit:
				body = fn.Body
			default:
				return true
			}
			if body == nil || !checked.Sees(body) {
				return true
			}
			for _, s := range body.List {
				ast.Inspect(s, func(n ast.Node) bool {
					if _, lit := n.(*ast.FuncLit); lit || found.IsValid() {
						return false
					}
					call, ok := n.(*ast.CallExpr)
					if !ok || len(call.Args) != 1 {
						return true
					}
					if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
						if b, ok := r.info.Uses[id].(*types.Builtin); ok && b.Name() == "panic" && r.scriptValue(call.Args[0]) {
							found = call.Pos()
						}
					}
					return true
				})
			}
			return true
		})
	}
	return found
}

// scriptValue reports whether the value of e, handed to panic, could be
// of a type the script declares.
func (r *reporter) scriptValue(e ast.Expr) bool {
	t := r.typeOf(e)
	if t == nil {
		return false
	}
	if it, ok := t.Underlying().(*types.Interface); ok {
		scope := r.pkg.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
				continue
			}
			if types.Implements(tn.Type(), it) || types.Implements(types.NewPointer(tn.Type()), it) {
				return true
			}
		}
		return false
	}
	return rewrite.Involves(t, r.declared)
}

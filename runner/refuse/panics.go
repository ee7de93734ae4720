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
// own types and position) and that the rewrite does not make panic with
// Go's message (see rewrite.GoAssertions). A panic with a value of a type the script
// declares reaches recover as Go's does: lift.Recovered takes it out of
// the interpreter's reflect.Value, the printing passes name its type and
// call its methods, and assertions to its type find it (a struct of no
// fields too, see lift.Printed and pass heldassert).
func (r *reporter) panicsUnlike() *unlikePanic {
	found := &unlikePanic{}
	for _, f := range r.files {
		checked := rewrite.PlanBounds(r.info, r.files, f)
		goAsserts := rewrite.GoAssertions(r.files, r.info, r.pkg, f)
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
				r.unlikeIn(body, ft != nil && rewrite.AllNamed(ft.Params) && !rewrite.DefersRecover(r.info, r.files, body), checked, goAsserts, found)
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
func (r *reporter) unlikeIn(body *ast.BlockStmt, marked bool, checked *rewrite.Bounds, goAsserts map[*ast.TypeAssertExpr]bool, found *unlikePanic) {
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
			if goAsserts[e] {
				break // Go's message (pass printedassert)
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
// map (nor a generic function or type being instantiated, Result[T]).
func (r *reporter) indexes(x ast.Expr) bool {
	t := r.typeOf(x)
	if t == nil || r.info.Types[x].IsType() {
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

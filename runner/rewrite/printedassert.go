package rewrite

import (
	"cmp"
	"go/ast"
	"go/types"
	"slices"
	"strconv"

	"github.com/socklab/socklab/runner/lift"
)

// fmt recovers a panic of a String or Error method it calls and prints
// it (%!v(PANIC=String method: interface conversion: interface {} is
// int, not string)). A failed assertion of one value panics in the
// interpreter with a message of its own, which names the interpreter's
// types and starts with the assertion's position. In such a method (see
// libraryRecovered), this pass hands the operand to a function literal
// whose parameter has its static type, which asserts it first in the
// comma-ok form, which the interpreter answers right, and panics with
// Go's message where it fails (lift.AssertionFailed), naming the
// operand's dynamic type as %T does (the file's function of pass
// printing, see typeFunc):
//
//	return "T:" + t.v.(string)   =>   return "T:" + func(_x any) string { if _, ok := _x.(string); !ok { /*line :7:44*/panic(_sl1.AssertionFailed(_x == nil, _slType2(_x), "interface {}", "string")) }; return _x.(string) }(/*line :7:44*/t.v)/*line :7:56*/
//
// It does the same where a recover of the script can see the panic (see
// PlanBounds), for the assertions GoAssertions lists, whose panic the
// script could print or inspect: Go's message and a stand-in of Go's
// *runtime.TypeAssertionError (lift.ConversionError).
//
// The edits are made once the other passes have made theirs, around what
// those make of the operand (pass emptyassert's interface{}(t.v)); an
// assertion whose type another pass edits, and those of a value that
// pass heldassert takes out of its wrapper, are left as they are in a
// method that fmt calls, and refused where a recover sees them.

func printedAsserts(p *Package, f *ast.File, e *Editor) {
	lifted := map[*ast.TypeAssertExpr]bool{} // refused where they cannot be lifted
	if callsRecover(p.Info, p.Files) {
		goAsserts := GoAssertions(p.Files, p.Info, p.Types, f)
		for body := range seenByRecover(p.Info, p.Files) {
			if body.Pos() < f.Pos() || body.End() > f.End() {
				continue
			}
			ast.Inspect(body, func(n ast.Node) bool {
				if _, ok := n.(*ast.FuncLit); ok {
					return false // a function of its own
				}
				if a, ok := n.(*ast.TypeAssertExpr); ok && goAsserts[a] {
					lifted[a] = true
				}
				return true
			})
		}
	}
	printed := map[*ast.TypeAssertExpr]bool{}
	commaOK := commaOKAssertions(f)
	for _, body := range inOrder(libraryRecovered(p.Info, p.Files)) {
		if body.Pos() < f.Pos() || body.End() > f.End() {
			continue
		}
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.TypeSwitchStmt:
				return false // a switch's guard is no assertion of one value
			case *ast.TypeAssertExpr:
				if n.Type == nil || commaOK[n] {
					return true
				}
				from, to := p.Info.TypeOf(n.X), p.Info.TypeOf(n.Type)
				if from == nil || to == nil || types.IsInterface(to) || !types.IsInterface(from) || isTypeParam(from) || heldCase(p, from, to) {
					return true
				}
				printed[n] = true
			}
			return true
		})
	}
	var s *shower
	for _, n := range sortedAssertions(lifted, printed) {
		must := lifted[n]
		from, to := p.Info.TypeOf(n.X), p.Info.TypeOf(n.Type)
		name, ok := typeName(p, f, to, true)
		fromName, ok2 := typeName(p, f, from, true)
		if !ok || !ok2 {
			if must {
				refuseAssertion(e, n)
			}
			continue
		}
		if s == nil {
			s = &shower{p: p, f: f, e: e, descs: map[string]string{}, printing: true}
		}
		l := e.Import(lift.Package)
		dyn := l + ".TypeName(_x, nil)"
		if fn := s.typeFunc(from.Underlying().(*types.Interface)); fn != "" {
			dyn = fn + "(_x)"
		}
		open := "func(_x " + fromName + ") " + name + " { if _, ok := _x.(" + name + "); !ok { " + e.lineAt(n.Pos()) + "panic(" + l + ".AssertionFailed(_x == nil, " + dyn + ", " + strconv.Quote(reflectName(from)) + ", " + strconv.Quote(reflectName(to)) + ")) }; return _x.(" + name + ") }("
		e.Later(func() {
			if e.editedInside(n.X.End(), n.End()) {
				if must {
					refuseAssertion(e, n)
				}
				return
			}
			e.Insert(n.Pos(), open+e.lineAt(n.Pos()))
			e.Replace(n.X.End(), n.End(), ")"+e.lineAt(n.End()))
		})
	}
}

// refuseAssertion refuses the assertion n, which a recover sees and which
// the pass cannot make panic with Go's message.
func refuseAssertion(e *Editor, n *ast.TypeAssertExpr) {
	e.Refuse(n.Pos(), "the type assertion fails with an error that names the interpreter's own types and position, which a recover of the script sees: use the two-value form v, ok := x.(T) and handle !ok yourself")
}

// sortedAssertions returns the assertions of both sets in the order of
// their positions.
func sortedAssertions(a, b map[*ast.TypeAssertExpr]bool) []*ast.TypeAssertExpr {
	var out []*ast.TypeAssertExpr
	for n := range a {
		out = append(out, n)
	}
	for n := range b {
		if !a[n] {
			out = append(out, n)
		}
	}
	slices.SortFunc(out, func(x, y *ast.TypeAssertExpr) int { return cmp.Compare(x.Pos(), y.Pos()) })
	return out
}

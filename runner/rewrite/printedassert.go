package rewrite

import (
	"go/ast"
	"go/types"
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
//	return "T:" + t.v.(string)   =>   return "T:" + func(_x any) string { if _, ok := _x.(string); !ok { panic(_sl1.AssertionFailed(_x == nil, _slType2(_x), "interface {}", "string")) }; return _x.(string) }(/*line :7:44*/t.v)/*line :7:56*/
//
// The edits are made once the other passes have made theirs, around what
// those make of the operand (pass emptyassert's interface{}(t.v)); an
// assertion whose type another pass edits, and those of a value that
// pass heldassert takes out of its wrapper, are left as they are.

func printedAsserts(p *Package, f *ast.File, e *Editor) {
	bodies := libraryRecovered(p.Info, p.Files)
	if len(bodies) == 0 {
		return
	}
	commaOK := commaOKAssertions(f)
	var s *shower
	for _, body := range inOrder(bodies) {
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
				name, ok := typeName(p, f, to, true)
				fromName, ok2 := typeName(p, f, from, true)
				if !ok || !ok2 {
					return true
				}
				if s == nil {
					s = &shower{p: p, f: f, e: e, descs: map[string]string{}, printing: true}
				}
				l := e.Import(lift.Package)
				dyn := l + ".TypeName(_x, nil)"
				if fn := s.typeFunc(from.Underlying().(*types.Interface)); fn != "" {
					dyn = fn + "(_x)"
				}
				open := "func(_x " + fromName + ") " + name + " { if _, ok := _x.(" + name + "); !ok { panic(" + l + ".AssertionFailed(_x == nil, " + dyn + ", " + strconv.Quote(reflectName(from)) + ", " + strconv.Quote(reflectName(to)) + ")) }; return _x.(" + name + ") }("
				e.Later(func() {
					if e.editedInside(n.X.End(), n.End()) {
						return
					}
					e.Insert(n.Pos(), open+e.lineAt(n.Pos()))
					e.Replace(n.X.End(), n.End(), ")"+e.lineAt(n.End()))
				})
			}
			return true
		})
	}
}

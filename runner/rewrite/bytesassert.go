package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"

	"github.com/socklab/socklab/runner/lift"
)

// A type the script declares on []byte is a type of lift's pool (pass
// basicnamed), which is assignable from []byte, and the interpreter's type
// assertion asks whether the value is assignable to the type it names:
// f, ok := v.(Frame) for type Frame []byte succeeded on an interface that
// holds a []byte, and v.([]byte) on one that holds a Frame, where Go's
// fail (a type switch's cases were right). This pass hands the operand of
// an assertion, from an empty interface, to such a type or to []byte in a
// script that has one, to lift, which passes on a value of the exact type
// alone, keeping the columns:
//
//	f, ok := v.(Frame)   =>   f, ok := _sl1.BytesAs(/*line :9:11*/v, Frame(nil)).(Frame)
//	f := v.(Frame)       =>   f := _sl1.BytesMust(/*line :9:7*/v, Frame(nil), "interface {}").(Frame)
//
// The single-value form panics there with Go's message. The assertions
// that other passes write (a type switch's cases, printing's questions)
// ask through assertExact.

func bytesAssert(p *Package, f *ast.File, e *Editor) {
	if !poolsBytes(p) {
		return
	}
	commaOK := commaOKAssertions(f)
	ast.Inspect(f, func(n ast.Node) bool {
		a, ok := n.(*ast.TypeAssertExpr)
		if !ok || a.Type == nil || !emptyInterface(p.Info.TypeOf(a.X)) || !exactBytes(p, p.Info.TypeOf(a.Type)) {
			return true
		}
		l := e.Import(lift.Package)
		typ := e.Text(a.Type.Pos(), a.Type.End())
		open, close := l+".BytesAs(", ", "+typ+"(nil))"
		if !commaOK[a] {
			open = l + ".BytesMust("
			close = ", " + typ + "(nil), " + strconv.Quote(runtimeIfaceName(p.Info.TypeOf(a.X))) + ")"
		}
		e.InsertLast(a.X.Pos(), open+lineDirective(p, a.X.Pos()))
		e.InsertFirst(a.X.End(), close+lineDirective(p, a.X.End()))
		return true
	})
}

// assertExact returns the text of the assertion of x, an expression of an
// empty interface type, to t, spelled typ, that another pass writes: a
// type of the pool on []byte, or []byte, asks through lift.BytesAs.
func assertExact(p *Package, e *Editor, x string, t types.Type, typ string) string {
	if poolsBytes(p) && exactBytes(p, t) {
		return e.Import(lift.Package) + ".BytesAs(" + x + ", " + typ + "(nil)).(" + typ + ")"
	}
	return x + ".(" + typ + ")"
}

// exactBytes reports whether the interpreter's assertion to t may succeed
// on a value of another type: t is []byte, or a type of lift's pool on
// []byte.
func exactBytes(p *Package, t types.Type) bool {
	if t == nil {
		return false
	}
	t = types.Unalias(t)
	if !isBytes(t.Underlying()) {
		return false
	}
	switch t := t.(type) {
	case *types.Slice:
		return true
	case *types.Named:
		slot, ok := basicPool(p)[t.Obj()]
		return ok && slot.name != ""
	}
	return false
}

// poolsBytes reports whether the script declares a type on []byte that
// pass basicnamed makes a type of lift's pool.
func poolsBytes(p *Package) bool {
	for _, slot := range basicPool(p) {
		if slot.under == "[]byte" && slot.name != "" {
			return true
		}
	}
	return false
}

// isBytes reports whether t is []byte.
func isBytes(t types.Type) bool {
	s, ok := t.(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().(*types.Basic)
	return ok && b.Kind() == types.Uint8
}

// runtimeIfaceName spells the interface type t as Go's runtime does in a
// failed assertion's message: interface {}, or main.Event.
func runtimeIfaceName(t types.Type) string {
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		return n.Obj().Pkg().Name() + "." + n.Obj().Name()
	}
	return "interface {}"
}

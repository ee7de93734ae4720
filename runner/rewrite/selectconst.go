package rewrite

import (
	"go/ast"
	"go/types"
	"strings"
)

// The interpreter hands reflect.Select the constant that a select's case
// sends with the constant's default type, not the channel's element
// type, and a program that Go runs stopped with "reflect.Select: value of
// type int is not assignable to type int8" (case c <- 1 on a chan int8,
// case f <- 0.1 on a chan float32, case b <- 'a' on a chan byte). This
// pass converts the constant to the element type where it is sent:
//
//	case c <- 1:   =>   case c <- int8(/*line :9:12*/1)/*line :9:13*/:
//
// A channel of interfaces gets the constant's default type, as in Go, and
// is left as it is; so is an element type the file cannot write.

func selectConsts(p *Package, f *ast.File, e *Editor) {
	o := orderOf{info: p.Info}
	ast.Inspect(f, func(n ast.Node) bool {
		cc, ok := n.(*ast.CommClause)
		if !ok {
			return true
		}
		send, ok := cc.Comm.(*ast.SendStmt)
		if !ok {
			return true
		}
		if tv := p.Info.Types[send.Value]; tv.Value == nil {
			return true
		}
		ch, ok := typeUnder(p, send.Chan).(*types.Chan)
		if !ok || types.IsInterface(ch.Elem()) && !isTypeParam(ch.Elem()) || convertedTo(p, send.Value, ch.Elem()) {
			return true
		}
		t, ok := o.typeText(p, f, ch.Elem())
		if tp, param := types.Unalias(ch.Elem()).(*types.TypeParam); param {
			t, ok = tp.Obj().Name(), true // the generic function's copies write its type argument
		}
		if !ok || strings.ContainsAny(t, "\n\r") {
			return true
		}
		e.InsertLast(send.Value.Pos(), t+"("+lineDirective(p, send.Value.Pos()))
		e.InsertFirst(send.Value.End(), ")"+lineDirective(p, send.Value.End()))
		return true
	})
}

// convertedTo reports whether x is a conversion to t, written out.
func convertedTo(p *Package, x ast.Expr, t types.Type) bool {
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	tv := p.Info.Types[call.Fun]
	return tv.IsType() && types.Identical(tv.Type, t)
}

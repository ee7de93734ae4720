package rewrite

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
)

// The interpreter hands fmt.Errorf a value of a type the script declares,
// held in an empty interface (a loader's any result), without its Error
// method, so %w of it wrote %!w(<nil>) and errors.As found nothing where
// Go wraps the error. This pass hands such an operand to a function
// appended to the file that asks heldAsFunc's function for the error the
// value is, which the interpreter converts inside itself and so keeps the
// method, and gives back anything else as it is:
//
//	fmt.Errorf("load: %w", v)   =>   fmt.Errorf("load: %w", _slWrap2(/*line :9:25*/v)/*line :9:26*/)
//	func _slWrap2(x any) any { if v, ok := _slAs1(x); ok { return v }; return x }
//
// The types heldAsFunc does not ask for (declared inside a function,
// generic, of a runtime form another type shares) and a nil pointer
// stored as an interface runner/refuse refuses (WrappedAnyLifted).

func wrapAnys(p *Package, f *ast.File, e *Editor) {
	errT := types.Universe.Lookup("error").Type()
	var only map[*types.Var]bool
	wrap := ""
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || !WrappedAnyCall(p.Info, call) {
			return true
		}
		args := call.Args[1:]
		for i, vs := range ArgVerbs(constant.StringVal(p.Info.Types[call.Args[0]].Value), len(args)) {
			if !wrapsVerb(vs) {
				continue
			}
			a := args[i]
			t := p.Info.TypeOf(a)
			if t == nil || isTypeParam(t) || !isEmptyInterface(t) {
				continue
			}
			if only == nil {
				only = OnlyRecovered(p.Info, p.Files)
			}
			if IsRecovered(p.Info, only, a) {
				continue // pass recover gives it its type back
			}
			if wrap == "" {
				as := heldAsFunc(p, f, e, t, errT)
				if as == "" {
					continue
				}
				wrap = e.Name("slWrap")
				e.Append("func " + wrap + "(x any) any { if v, ok := " + as + "(x); ok { return v }; return x }")
			}
			start, end := p.Fset.Position(a.Pos()), p.Fset.Position(a.End())
			e.InsertLast(a.Pos(), fmt.Sprintf("%s(/*line :%d:%d*/", wrap, start.Line, start.Column))
			e.InsertFirst(a.End(), fmt.Sprintf(")/*line :%d:%d*/", end.Line, end.Column))
		}
		return true
	})
}

// WrappedAnyCall reports whether call is a call of fmt.Errorf, with a
// constant format and its operands listed, whose %w operands of an empty
// interface pass wrapany hands its function.
func WrappedAnyCall(info *types.Info, call *ast.CallExpr) bool {
	if len(call.Args) < 2 || call.Ellipsis.IsValid() {
		return false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pn := pkgOf(info, sel)
	if pn == nil || pn.Imported().Path() != "fmt" || sel.Sel.Name != "Errorf" {
		return false
	}
	tv := info.Types[call.Args[0]]
	return tv.Value != nil && tv.Value.Kind() == constant.String
}

// wrapsVerb reports whether one of the verbs an operand is printed with
// is %w.
func wrapsVerb(vs []Verb) bool {
	for _, v := range vs {
		if v.Verb == 'w' {
			return true
		}
	}
	return false
}

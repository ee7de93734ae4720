package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// Go's flag prints a flag's default in its usage (PrintDefaults, -h, a
// bad flag) only where it differs from what String says of a zero value
// of the flag.Value's type; the interpreter hands flag a value of the
// script's type in a wrapper whose zero value says "", so a list flag
// whose String of nil says "[]" printed "(default [])" where Go prints no
// default. This pass hands Var the value through lift.FlagValue, with a
// function that says what String says of the zero value Go's flag makes:
//
//	fs.Var(&l, "item", "usage")   =>
//	fs.Var(_sl1.FlagValue("*main.list", /*line :9:9*/&l, _flagzero2)/*line :9:11*/, "item", "usage")
//	func _flagzero2() string { return new(list).String() }
//
// A value of an interface type, or of a type the file cannot write, goes
// as it is.

func flagVars(p *Package, f *ast.File, e *Editor) {
	o := orderOf{info: p.Info}
	zeros := map[string]string{} // the functions that say a zero value's String, by type
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 3 {
			return true
		}
		fn := calledFunc(p, call.Fun)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "flag" || fn.Name() != "Var" {
			return true
		}
		v := call.Args[0]
		t := p.Info.TypeOf(v)
		if t == nil || types.IsInterface(t) {
			return true
		}
		elem, ptr := types.Unalias(t).(*types.Pointer)
		base := t
		if ptr {
			base = elem.Elem()
		}
		named, ok := types.Unalias(base).(*types.Named)
		if !ok || named.Obj().Pkg() == nil || !interpreted(p, named.Obj().Pkg()) {
			return true
		}
		text, ok := o.typeText(p, f, base)
		if !ok || strings.ContainsAny(text, "\n\r") {
			return true
		}
		key := types.TypeString(t, func(pkg *types.Package) string { return pkg.Path() })
		zero, ok := zeros[key]
		if !ok {
			// declared after the file's last line, where no name of the
			// function's scope hides the type's
			zero = e.Name("flagzero")
			zeros[key] = zero
			if ptr {
				e.Append("func " + zero + "() string { return new(" + text + ").String() }")
			} else {
				e.Append("func " + zero + "() string { var z " + text + "; return z.String() }")
			}
		}
		e.InsertLast(v.Pos(), e.Import(lift.Package)+".FlagValue("+strconv.Quote(key)+", "+lineDirective(p, v.Pos()))
		e.InsertFirst(v.End(), ", "+zero+")"+lineDirective(p, v.End()))
		return true
	})
}

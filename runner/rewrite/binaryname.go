package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"

	"github.com/socklab/socklab/runner/lift"
)

// encoding/binary names the type of a value it cannot encode or decode in
// its error ("binary.Read: invalid type *main.Header", of a struct with a
// slice), which under the interpreter spelt a struct type of the script
// by its fields. This pass calls Read, Write, Decode, Encode and Append
// through lift's functions of those names, handed the name that reflect
// gives under Go to the static type of the value (see lift.BinaryRead):
//
//	binary.Read(r, binary.BigEndian, &h)   =>   _sl.BinaryRead("*main.Header")(r, binary.BigEndian, &h)
//
// A value of an interface type is left as it is, as are the functions
// taken as values.
func binaryNames(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 3 || call.Ellipsis.IsValid() {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		switch sel.Sel.Name {
		case "Read", "Write", "Decode", "Encode", "Append":
		default:
			return true
		}
		fn, ok := p.Info.Uses[sel.Sel].(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "encoding/binary" || fn.Type().(*types.Signature).Recv() != nil || pkgOf(p.Info, sel) == nil {
			return true
		}
		t := p.Info.Types[call.Args[2]].Type
		if t == nil || types.IsInterface(t) {
			return true
		}
		if b, ok := t.(*types.Basic); ok && b.Kind() == types.UntypedNil {
			return true
		}
		e.Replace(sel.Pos(), sel.End(), e.Import(lift.Package)+".Binary"+sel.Sel.Name+"("+strconv.Quote(reflectName(t))+")"+e.lineAt(sel.End()))
		return true
	})
}

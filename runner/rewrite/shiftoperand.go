package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
)

// In a shift whose count is not constant, an untyped constant on the left
// takes the type that the shift's context gives it (flags&(1<<i) shifts a
// uint8 where flags is one). The interpreter leaves such a constant
// without a value unless that type is int, and stops with "a nil value
// was used". This pass writes the type out as a conversion, which it
// evaluates, on the same line:
//
//	if flags&(1<<i) != 0 {   =>   if flags&(Flags(1)<<i) != 0 {

func shiftOperands(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		b, ok := n.(*ast.BinaryExpr)
		if !ok || b.Op != token.SHL && b.Op != token.SHR {
			return true
		}
		if tv := p.Info.Types[b]; tv.Value != nil {
			return true // a constant shift, folded by the type checker's rules
		}
		x, ok := p.Info.Types[b.X]
		if !ok || x.Value == nil || x.Type == nil {
			return true // the left operand is a variable: it has its type
		}
		if basic, ok := x.Type.(*types.Basic); ok && (basic.Kind() == types.Int || basic.Info()&types.IsUntyped != 0) {
			return true // the interpreter's default type for it
		}
		if e.editedInside(b.X.Pos(), b.X.End()) {
			return true
		}
		name, ok := typeName(p, f, x.Type, false)
		if !ok {
			return true
		}
		e.Insert(b.X.Pos(), name+"(")
		e.InsertFirst(b.X.End(), ")")
		return true
	})
}

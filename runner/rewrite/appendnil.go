package rewrite

import (
	"go/ast"
	"go/types"
)

// The interpreter stops compiling a script at an append that spreads the
// untyped nil (append(b, nil...), which Go reads as an empty slice of
// b's type): its compiler dereferenced a nil pointer there ("CFG
// post-order panic"). This pass writes the nil with its type, which the
// interpreter spreads as Go does:
//
//	append(b, nil...)   =>   append(b, []byte(nil)...)
//
// A type the file cannot write (declared in a function, a type
// parameter's) is refused with what to write instead.

func appendNil(p *Package, f *ast.File, e *Editor) {
	o := orderOf{info: p.Info}
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || !call.Ellipsis.IsValid() || len(call.Args) != 2 || !p.Info.Types[call.Args[1]].IsNil() {
			return true
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok {
			return true
		}
		if b, ok := p.Info.Uses[id].(*types.Builtin); !ok || b.Name() != "append" {
			return true
		}
		nilArg := call.Args[1]
		typ, ok := o.typeText(p, f, p.Info.TypeOf(call))
		if !ok {
			e.Refuse(nilArg.Pos(), "the interpreter cannot compile append with nil... spread, and the slice's type cannot be written here: leave the append out, or spread an empty slice of its type")
			return true
		}
		e.Insert(nilArg.Pos(), typ+"(")
		e.Insert(nilArg.End(), ")"+e.lineAt(nilArg.End()))
		return true
	})
}

package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"

	"github.com/socklab/socklab/runner/lift"
)

// encoding/binary's errors about a value it cannot encode or decode name
// the value's type as reflect does, and the interpreter's types have other
// names at run time: "binary.Write: some values are not fixed-sized in
// type struct { A int; B int }" where Go says main.Pair, and int for a
// type declared on int. A call of Read, Write, Append, Encode or Decode
// whose value is of a type that holds one the package declares (as a
// pointer, slice, array or map of it) goes, with the type spelt as
// reflect spells it (see reflectName), through lift's function of the
// same name, which puts Go's name in the error:
//
//	binary.Write(w, binary.BigEndian, p)   =>   _sl.BinaryWrite/*line :9:14*/(w, binary.BigEndian, p, "main.Pair"/*line :9:38*/)

// binaryFuncs are encoding/binary's functions whose errors name the type
// of their third argument, and lift's in their place.
var binaryFuncs = map[string]string{
	"Read":   "BinaryRead",
	"Write":  "BinaryWrite",
	"Append": "BinaryAppend",
	"Encode": "BinaryEncode",
	"Decode": "BinaryDecode",
}

func binaryErrors(p *Package, f *ast.File, e *Editor) {
	var s *shower
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 3 || call.Ellipsis.IsValid() {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		fn, ok := p.Info.Uses[sel.Sel].(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "encoding/binary" || fn.Signature().Recv() != nil {
			return true
		}
		liftFn, ok := binaryFuncs[fn.Name()]
		if !ok {
			return true
		}
		t := p.Info.TypeOf(call.Args[2])
		if t == nil {
			return true
		}
		if it, ok := t.Underlying().(*types.Interface); ok {
			// What the interface holds is known at run time: the file's
			// function that names it as %T does, asked on an error.
			if s == nil {
				s = &shower{p: p, f: f, e: e, descs: map[string]string{}, printing: true}
			}
			fn := s.typeFunc(it)
			if fn == "" {
				return true
			}
			e.Replace(call.Fun.Pos(), call.Fun.End(), e.Import(lift.Package)+"."+liftFn+"Any"+lineDirective(p, call.Fun.End()))
			e.Insert(call.Rparen, ", "+fn+lineDirective(p, call.Rparen))
			return true
		}
		if !declaresIn(p, t) {
			return true
		}
		name := reflectName(t)
		e.Replace(call.Fun.Pos(), call.Fun.End(), e.Import(lift.Package)+"."+liftFn+lineDirective(p, call.Fun.End()))
		e.Insert(call.Rparen, ", "+strconv.Quote(name)+lineDirective(p, call.Rparen))
		return true
	})
}

// declaresIn reports whether t is or holds (as a pointer, slice, array or
// map) a named type that p declares.
func declaresIn(p *Package, t types.Type) bool {
	switch u := types.Unalias(t).(type) {
	case *types.Named:
		return u.Obj().Pkg() == p.Types
	case *types.Pointer:
		return declaresIn(p, u.Elem())
	case *types.Slice:
		return declaresIn(p, u.Elem())
	case *types.Array:
		return declaresIn(p, u.Elem())
	case *types.Map:
		return declaresIn(p, u.Key()) || declaresIn(p, u.Elem())
	}
	return false
}

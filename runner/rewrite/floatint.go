package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/lift"
)

// The interpreter converts a float to an integer of 32 bits or fewer
// through an int64 and keeps its low bits, where Go's compiled conversion
// gives another value for one out of the type's range (int32(math.Inf(1))
// is -2147483648 built by Go, 0 interpreted; see lift.FloatInt32). This
// pass converts such a float, not a constant, in compiled code, to int32
// (which Go converts the smaller ones through) or uint32:
//
//	b := byte(x)   =>   b := byte(_sl.FloatInt32(float64(/*line :7:12*/x))/*line :7:13*/)
//
// A conversion to int, int64, uint or uint64 is Go's already.

func floatInts(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return true
		}
		ftv, ok := p.Info.Types[call.Fun]
		if !ok || !ftv.IsType() || hasTypeParam(ftv.Type) {
			return true
		}
		to, ok := ftv.Type.Underlying().(*types.Basic)
		if !ok || !narrowInts[to.Kind()] {
			return true
		}
		arg := call.Args[0]
		tv, ok := p.Info.Types[arg]
		if !ok || tv.Value != nil || tv.Type == nil || hasTypeParam(tv.Type) {
			return true
		}
		if from, ok := tv.Type.Underlying().(*types.Basic); !ok || from.Info()&types.IsFloat == 0 {
			return true
		}
		fn := "FloatInt32"
		if to.Kind() == types.Uint32 {
			fn = "FloatUint32"
		}
		e.Insert(arg.Pos(), e.Import(lift.Package)+"."+fn+"(float64("+directive(p, arg.Pos()))
		e.InsertFirst(arg.End(), "))"+directive(p, arg.End()))
		return true
	})
}

// narrowInts are the integer kinds that Go converts a float to through
// an int32, or a uint32.
var narrowInts = map[types.BasicKind]bool{types.Int8: true, types.Int16: true, types.Int32: true, types.Uint8: true, types.Uint16: true, types.Uint32: true}

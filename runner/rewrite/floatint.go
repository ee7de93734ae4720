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
// A conversion to int, int64, uint or uint64 is Go's already. An
// integer of 64 bits converted to float32, which the interpreter rounds
// twice (through a float64), is converted in compiled code too:
//
//	f := float32(n)   =>   f := float32(_sl.Int64Float32(int64(/*line :7:15*/n))/*line :7:16*/)

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
		if !ok || !narrowInts[to.Kind()] && to.Kind() != types.Float32 {
			return true
		}
		arg := call.Args[0]
		tv, ok := p.Info.Types[arg]
		if !ok || tv.Value != nil || tv.Type == nil || hasTypeParam(tv.Type) {
			return true
		}
		from, ok := tv.Type.Underlying().(*types.Basic)
		if !ok {
			return true
		}
		var fn, via string
		switch {
		case from.Info()&types.IsFloat != 0 && narrowInts[to.Kind()]:
			fn, via = "FloatInt32", "float64"
			if to.Kind() == types.Uint32 {
				fn = "FloatUint32"
			}
		case to.Kind() == types.Float32 && wideInts[from.Kind()]:
			fn, via = "Int64Float32", "int64"
			if from.Info()&types.IsUnsigned != 0 {
				fn, via = "Uint64Float32", "uint64"
			}
		default:
			return true
		}
		e.Insert(arg.Pos(), e.Import(lift.Package)+"."+fn+"("+via+"("+directive(p, arg.Pos()))
		e.InsertFirst(arg.End(), "))"+directive(p, arg.End()))
		return true
	})
}

// wideInts are the integer kinds whose values past 2^53 a float64 rounds.
var wideInts = map[types.BasicKind]bool{types.Int: true, types.Int64: true, types.Uint: true, types.Uint64: true, types.Uintptr: true}

// narrowInts are the integer kinds that Go converts a float to through
// an int32, or a uint32.
var narrowInts = map[types.BasicKind]bool{types.Int8: true, types.Int16: true, types.Int32: true, types.Uint8: true, types.Uint16: true, types.Uint32: true}

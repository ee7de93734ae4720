package rewrite

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strconv"
	"unicode/utf8"
)

// A Go build converts a constant string to a []byte in an array of the
// string's length ([]byte("ab") has capacity 2), and to a []rune in a
// composite literal of its runes (capacity 5 of "héllo"), where the
// interpreter converts through the runtime's allocation, which rounds the
// capacity up to its size class (8, 6). This pass slices each such
// conversion to its length, the capacity Go's has:
//
//	b := []byte("ab")       =>   b := []byte("ab")[:2:2]
//	r := []rune("héllo")    =>   r := []rune("héllo")[:5:5]
//
// A select's case that sends such a conversion, pass selectsend evaluates
// before the select and slices there. The capacity of a conversion of a string that is not constant goes by
// Go's escape analysis, which runner/refuse refuses where it is asked
// (stackcap.go).

func convCaps(p *Package, f *ast.File, e *Editor) {
	sent := map[ast.Expr]bool{} // the values of select's cases, which pass selectsend slices
	ast.Inspect(f, func(n ast.Node) bool {
		if cc, ok := n.(*ast.CommClause); ok {
			if send, ok := cc.Comm.(*ast.SendStmt); ok {
				sent[ast.Unparen(send.Value)] = true
			}
		}
		call, ok := n.(*ast.CallExpr)
		if !ok || sent[call] {
			return true
		}
		length, ok := cappedConv(p.Info, call)
		if !ok {
			return true
		}
		k := strconv.Itoa(length)
		e.InsertFirst(call.End(), "[:"+k+":"+k+"]")
		return true
	})
}

// cappedConv returns the length of call where it is a conversion of a
// constant string to a slice of bytes or runes, which the pass slices.
func cappedConv(info *types.Info, call *ast.CallExpr) (int, bool) {
	if len(call.Args) != 1 || call.Ellipsis.IsValid() {
		return 0, false
	}
	tv, ok := info.Types[call.Fun]
	if !ok || !tv.IsType() {
		return 0, false
	}
	return constConvLen(info, tv.Type, call.Args[0])
}

// constConvLen returns the length of the conversion of x, a constant
// string, to t, a slice of bytes or runes (not a type parameter): the
// string's bytes or runes.
func constConvLen(info *types.Info, t types.Type, x ast.Expr) (int, bool) {
	if _, param := types.Unalias(t).(*types.TypeParam); param {
		return 0, false
	}
	st, ok := t.Underlying().(*types.Slice)
	if !ok {
		return 0, false
	}
	elem, ok := st.Elem().Underlying().(*types.Basic)
	if !ok || elem.Kind() != types.Uint8 && elem.Kind() != types.Int32 {
		return 0, false
	}
	xv := info.Types[x]
	if xv.Value == nil || xv.Type == nil {
		return 0, false
	}
	if b, ok := xv.Type.Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
		return 0, false
	}
	s := constant.StringVal(xv.Value)
	if elem.Kind() == types.Int32 {
		return utf8.RuneCountInString(s), true
	}
	return len(s), true
}

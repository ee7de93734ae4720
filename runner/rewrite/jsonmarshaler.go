package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"
	"strconv"

	"github.com/socklab/socklab/runner/lift"
)

// The interpreter hands json.Marshal a value of a type the script declares
// with a MarshalJSON method (of the value's method set: a T with a value
// receiver, or a *T) in a wrapper of its own with the method, which
// encoding/json calls as Go's does; but an error of the method, or JSON
// it returns that is not valid, comes back as a *json.MarshalerError that
// names the wrapper's type (json: error calling MarshalJSON for type
// gostd._encoding_json_Marshaler). The encoding pass hands the error of
// such a call, where the script uses its results, to lift's namer of the
// value's type, declared once per type and file, which names it as Go
// does:
//
//	b, err := json.Marshal(l)   =>   b, err := _slJN1.Bytes(json.Marshal(l))
//
// (runner/refuse refuses the other encodings of such types: in a field,
// an element, through MarshalIndent.)
type marshalerErrors struct {
	p         *Package
	f         *ast.File
	e         *Editor
	discarded map[*ast.CallExpr]bool // see discardedCalls, once asked for
	namers    map[string]string      // the namers declared, by Go's name of the type
}

// wrap hands the error of call, which encodes a, to the namer of a's type
// where a's type is one whose MarshalJSON the interpreter's wrapper
// calls.
func (m *marshalerErrors) wrap(call *ast.CallExpr, a ast.Expr) {
	if !isJSONMarshal(m.p.Info, call) {
		return
	}
	t := m.p.Info.TypeOf(a)
	if t == nil || !marshalsItself(m.p, t) {
		return
	}
	if m.discarded == nil {
		m.discarded = discardedCalls(m.f)
	}
	if m.discarded[call] {
		return
	}
	name := types.TypeString(t, func(p *types.Package) string { return p.Name() })
	namer, ok := m.namers[name]
	if !ok {
		if m.namers == nil {
			m.namers = map[string]string{}
		}
		namer = m.e.Name("slJN")
		m.namers[name] = namer
		m.e.Declare(fmt.Sprintf("var %s = %s.JSONMarshalerNamed(%s)", namer, m.e.Import(lift.Package), strconv.Quote(name)))
	}
	m.e.InsertLast(call.Pos(), namer+".Bytes("+directive(m.p, call.Pos()))
	m.e.InsertFirst(call.End(), ")"+directive(m.p, call.End()))
}

// isJSONMarshal reports whether call is json.Marshal.
func isJSONMarshal(info *types.Info, call *ast.CallExpr) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pn := pkgOf(info, sel)
	return pn != nil && pn.Imported().Path() == "encoding/json" && sel.Sel.Name == "Marshal"
}

// marshalsItself reports whether t is a type that p declares, or a
// pointer to one, whose method set has MarshalJSON.
func marshalsItself(p *Package, t types.Type) bool {
	n := t
	if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
		n = ptr.Elem()
	}
	if named, ok := types.Unalias(n).(*types.Named); !ok || named.Obj().Pkg() != p.Types {
		return false
	}
	ms := types.NewMethodSet(t)
	for i := range ms.Len() {
		if ms.At(i).Obj().Name() == "MarshalJSON" {
			return true
		}
	}
	return false
}

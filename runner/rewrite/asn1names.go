package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// encoding/asn1's structural errors name the type they fail on as reflect
// names it, and the interpreter's types have other names at run time:
// "unknown Go type: *struct { Sensor string; Temp lift.Float64_1 }" where
// Go says *main.Reading. A call of Marshal, Unmarshal or their WithParams
// kin whose value holds a type the package declares (through pointers,
// elements and fields) goes through lift's function of the same name, with
// the types it holds and Go's names of them, by which lift puts Go's names
// in the error:
//
//	asn1.Marshal(r)   =>   _sl.ASN1Marshal/*line :9:14*/(r, _sl.ASN1Names([]any{[]Reading(nil)}, []string{"main.Reading"}, []string{"Reading"}, false)/*line :9:27*/)

// asn1Funcs are encoding/asn1's functions whose errors name a type of
// their value, the index of the value, and lift's in their place.
var asn1Funcs = map[string]struct {
	arg  int
	lift string
}{
	"Marshal":             {0, "ASN1Marshal"},
	"MarshalWithParams":   {0, "ASN1MarshalWithParams"},
	"Unmarshal":           {1, "ASN1Unmarshal"},
	"UnmarshalWithParams": {1, "ASN1UnmarshalWithParams"},
}

func asn1Names(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || call.Ellipsis.IsValid() {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		fn, ok := p.Info.Uses[sel.Sel].(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "encoding/asn1" || fn.Signature().Recv() != nil {
			return true
		}
		spec, ok := asn1Funcs[fn.Name()]
		if !ok || spec.arg >= len(call.Args) {
			return true
		}
		t := p.Info.TypeOf(call.Args[spec.arg])
		if t == nil {
			return true
		}
		if ptr, isPtr := types.Unalias(t).(*types.Pointer); isPtr && spec.arg == 1 {
			t = ptr.Elem() // Unmarshal fills what the pointer points to
		}
		held, unnamed := asn1Held(p, t)
		var zeros, strs, names []string
		for _, n := range held {
			spelt, ok := typeName(p, f, n, true)
			if !ok {
				continue
			}
			zeros = append(zeros, "[]"+spelt+"(nil)")
			strs = append(strs, strconv.Quote(reflectName(n)))
			names = append(names, strconv.Quote(n.Obj().Name()))
		}
		if len(zeros) == 0 {
			return true
		}
		pkg := e.Import(lift.Package)
		e.Replace(call.Fun.Pos(), call.Fun.End(), pkg+"."+spec.lift+lineDirective(p, call.Fun.End()))
		e.Insert(call.Rparen, ", "+pkg+".ASN1Names([]any{"+strings.Join(zeros, ", ")+"}, []string{"+strings.Join(strs, ", ")+"}, []string{"+strings.Join(names, ", ")+"}, "+strconv.FormatBool(unnamed)+")"+lineDirective(p, call.Rparen))
		return true
	})
}

// asn1Held returns the named types without type parameters that p declares
// and t is or holds (through pointers, slices, arrays, maps, struct fields
// and the underlying types of defined types), and whether t holds a type
// below its top that reflect names "" under Go (a pointer, slice, array,
// map or struct without a name), so that a "" in asn1's errors may be
// Go's own.
func asn1Held(p *Package, t types.Type) (held []*types.Named, unnamed bool) {
	seen := map[types.Type]bool{}
	var walk func(t types.Type, top bool)
	walk = func(t types.Type, top bool) {
		if seen[t] {
			return
		}
		seen[t] = true
		switch u := types.Unalias(t).(type) {
		case *types.Named:
			if u.Obj().Pkg() == p.Types && u.TypeParams().Len() == 0 {
				held = append(held, u)
			}
			if u.Obj().Pkg() == p.Types {
				walk(u.Underlying(), top)
			}
			return
		case *types.Basic:
			return
		}
		if !top {
			unnamed = true
		}
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			walk(u.Elem(), false)
		case *types.Slice:
			walk(u.Elem(), false)
		case *types.Array:
			walk(u.Elem(), false)
		case *types.Map:
			walk(u.Key(), false)
			walk(u.Elem(), false)
		case *types.Struct:
			for i := range u.NumFields() {
				walk(u.Field(i).Type(), false)
			}
		}
	}
	walk(t, true)
	return held, unnamed
}

package rewrite

import (
	"go/ast"
	"go/types"
	"strconv"

	"github.com/socklab/socklab/runner/lift"
)

// A ServeMux records the file and line of each call of Handle or
// HandleFunc (of http.Handle and http.HandleFunc too), which it names in
// the panic of a pattern that conflicts with another; under the
// interpreter that caller is reflect's value.go. This pass calls them
// through lift's functions of the same names, handed the call's own file,
// as Go records it, and line (see lift.MuxHandle):
//
//	mux.HandleFunc("/a", h)   =>   _sl.MuxHandleFunc(mux, "/abs/main.go", 20)("/a", h)
//	http.Handle("/b", h)      =>   _sl.DefaultHandle("/abs/main.go", 21)("/b", h)
//
// A method promoted from a mux that a struct embeds is called on that
// field (s.HandleFunc => MuxHandleFunc((s).ServeMux, ...)); runner/refuse
// refuses the methods and functions taken as values, whose calls this
// pass cannot see.
func muxSites(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Handle" && sel.Sel.Name != "HandleFunc" {
			return true
		}
		fn, ok := p.Info.Uses[sel.Sel].(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "net/http" {
			return true
		}
		pos := p.Fset.Position(sel.Sel.Pos())
		file := pos.Filename
		if path, ok := p.Paths[f]; ok {
			file = path
		}
		site := strconv.Quote(file) + ", " + strconv.Itoa(pos.Line)
		if fn.Type().(*types.Signature).Recv() == nil {
			if pkgOf(p.Info, sel) == nil {
				return true
			}
			e.Replace(sel.Pos(), sel.End(), e.Import(lift.Package)+".Default"+sel.Sel.Name+"("+site+")"+e.lineAt(sel.End()))
			return true
		}
		s := p.Info.Selections[sel]
		if s == nil || s.Kind() != types.MethodVal {
			return true
		}
		// The mux itself: the operand, or the field it embeds the mux
		// in, by the names of the embedded fields the method is promoted
		// through.
		path, mux := "", p.Info.Types[sel.X].Type
		for _, i := range s.Index()[:len(s.Index())-1] {
			st, ok := derefType(mux).Underlying().(*types.Struct)
			if !ok {
				return true
			}
			path += "." + st.Field(i).Name()
			mux = st.Field(i).Type()
		}
		amp := ""
		if _, ok := mux.Underlying().(*types.Pointer); !ok {
			amp = "&"
		}
		open, close := "", ""
		if path != "" || amp != "" {
			open, close = "(", ")"
		}
		e.Insert(sel.Pos(), e.Import(lift.Package)+".Mux"+sel.Sel.Name+"("+amp+open+e.lineAt(sel.Pos()))
		e.Replace(sel.X.End(), sel.End(), close+path+", "+site+")"+e.lineAt(sel.End()))
		return true
	})
}

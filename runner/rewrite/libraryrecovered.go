package rewrite

import (
	"go/ast"
	"go/types"
	"maps"
	"slices"
)

// libraryRecovered returns the bodies of the functions of files whose
// panics Go's library recovers and shows: the methods fmt calls to print
// a value (String, Error and GoString of the form func() string,
// Format(fmt.State, rune)), whose panic it prints (%!v(PANIC=String
// method: runtime error: index out of range [5] with length 2)), and the
// functions of a template's FuncMap (a literal of the type, or a map
// literal handed to Funcs), whose panic the template returns as its
// error (error calling nth: runtime error: ...), and the handlers whose
// panic an http.Server logs to an ErrorLog the script sets (see
// handlersLogged). The interpreter's
// index errors are reflect's, and no recover of the script sees them for
// the marks to place, so pass bounds checks each index and slice
// expression in them.
func libraryRecovered(info *types.Info, files []*ast.File) map[*ast.BlockStmt]bool {
	bodies := map[*ast.BlockStmt]bool{}
	decls := map[*types.Func]*ast.BlockStmt{}
	for _, f := range files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, ok := info.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			decls[fn] = fd.Body
			if fd.Recv != nil && printedBy(fn) {
				bodies[fd.Body] = true
			}
		}
	}
	funcsArgs := map[*ast.CompositeLit]bool{} // a map literal handed to a template's Funcs
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && len(call.Args) == 1 && isTemplateFuncs(info, call) {
				if lit, ok := ast.Unparen(call.Args[0]).(*ast.CompositeLit); ok {
					funcsArgs[lit] = true
				}
			}
			return true
		})
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok || !isFuncMap(info.TypeOf(lit)) && !funcsArgs[lit] {
				return true
			}
			for _, el := range lit.Elts {
				kv, ok := el.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				switch v := ast.Unparen(kv.Value).(type) {
				case *ast.FuncLit:
					bodies[v.Body] = true
				case *ast.Ident:
					if fn, ok := info.Uses[v].(*types.Func); ok && decls[fn] != nil {
						bodies[decls[fn]] = true
					}
				}
			}
			return true
		})
	}
	maps.Copy(bodies, handlersLogged(info, files))
	return bodies
}

// isFuncMap reports whether t is the FuncMap of text/template or
// html/template.
func isFuncMap(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Name() != "FuncMap" {
		return false
	}
	path := n.Obj().Pkg().Path()
	return path == "text/template" || path == "html/template"
}

// printedBy reports whether fmt calls the method fn to print its
// receiver.
func printedBy(fn *types.Func) bool {
	sig := fn.Type().(*types.Signature)
	switch fn.Name() {
	case "String", "Error", "GoString":
		if sig.Params().Len() != 0 || sig.Results().Len() != 1 {
			return false
		}
		b, ok := sig.Results().At(0).Type().(*types.Basic)
		return ok && b.Kind() == types.String
	case "Format":
		if sig.Params().Len() != 2 || sig.Results().Len() != 0 {
			return false
		}
		n, ok := types.Unalias(sig.Params().At(0).Type()).(*types.Named)
		r, isRune := sig.Params().At(1).Type().(*types.Basic)
		return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "fmt" && n.Obj().Name() == "State" && isRune && r.Kind() == types.Int32
	}
	return false
}

// isTemplateFuncs reports whether call is the Funcs method of a template
// of text/template or html/template.
func isTemplateFuncs(info *types.Info, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Funcs" {
		return false
	}
	t := info.TypeOf(sel.X)
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Name() != "Template" {
		return false
	}
	path := n.Obj().Pkg().Path()
	return path == "text/template" || path == "html/template"
}

// inOrder returns the bodies of libraryRecovered in the order of their
// positions, so that the edits made in them, and the names those take,
// are the same at every run.
func inOrder(bodies map[*ast.BlockStmt]bool) []*ast.BlockStmt {
	return slices.SortedFunc(maps.Keys(bodies), func(a, b *ast.BlockStmt) int { return int(a.Pos() - b.Pos()) })
}

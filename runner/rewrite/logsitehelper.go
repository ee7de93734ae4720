package rewrite

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strconv"

	"github.com/socklab/socklab/runner/lift"
)

// A helper that logs its caller's line, as testing's t.Helper does, calls
// log.Output(2, s): log names the line of the call of the helper. Where
// the helper is a function of the script (not a method, nor generic) that
// is only ever called directly, never taken as a value, deferred or
// started as a goroutine, pass logsite gives it two parameters more, the
// file and line of its call, which each call passes, and its Output(2, s)
// logs at them. Output with another calldepth stays refused.

// siteHelpers returns the functions of p that log the line of their call
// with Output(2, s), and that pass logsite can hand that line.
func siteHelpers(p *Package) map[*types.Func]bool {
	helpers := map[*types.Func]bool{}
	for _, f := range p.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv != nil || fd.Type.TypeParams != nil || fd.Body == nil || fd.Name.Name == "main" || fd.Name.Name == "init" || !namedParams(fd.Type) {
				continue
			}
			if len(helperOutputs(p.Info, fd)) == 0 {
				continue
			}
			if fn, ok := p.Info.Defs[fd.Name].(*types.Func); ok {
				helpers[fn] = true
			}
		}
	}
	if len(helpers) == 0 {
		return helpers
	}
	// Each use of a helper must be a direct call.
	direct := plainCalls(p)
	for id, obj := range p.Info.Uses {
		if fn, ok := obj.(*types.Func); ok && helpers[fn] && !direct[id] {
			delete(helpers, fn)
		}
	}
	return helpers
}

// helperOutputs returns the calls of log's Output with the constant
// calldepth 2 in fd's own body (not in a function literal, a defer or a go
// statement).
func helperOutputs(info *types.Info, fd *ast.FuncDecl) []*ast.CallExpr {
	var calls []*ast.CallExpr
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.DeferStmt, *ast.GoStmt:
			return false
		case *ast.CallExpr:
			sel, ok := n.Fun.(*ast.SelectorExpr)
			if ok && sel.Sel.Name == "Output" && logPrinter(info, sel) != nil && calldepth(info, n) == 2 {
				calls = append(calls, n)
			}
		}
		return true
	})
	return calls
}

// calldepth returns the constant calldepth that call, of Output, passes,
// or 0.
func calldepth(info *types.Info, call *ast.CallExpr) int64 {
	if len(call.Args) != 2 {
		return 0
	}
	v := info.Types[call.Args[0]].Value
	if v == nil {
		return 0
	}
	n, exact := constant.Int64Val(constant.ToInt(v))
	if !exact {
		return 0
	}
	return n
}

// namedParams reports whether each parameter of ft has a name, so that
// parameters of names can be added before them.
func namedParams(ft *ast.FuncType) bool {
	for _, field := range ft.Params.List {
		if len(field.Names) == 0 {
			return false
		}
	}
	return true
}

// isTuple reports whether t is the results of a call that returns
// several, which a call can pass as all its arguments.
func isTuple(t types.Type) bool {
	_, ok := t.(*types.Tuple)
	return ok
}

// liftHelpers edits, in f, the declarations of helpers, whose Output(2, s)
// logs at the file and line of their call, and returns those Output calls
// with the names of the parameters that hold them.
func liftHelpers(p *Package, f *ast.File, e *Editor, helpers map[*types.Func]bool) map[*ast.CallExpr]string {
	sites := map[*ast.CallExpr]string{}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok {
			continue
		}
		if fn, ok := p.Info.Defs[fd.Name].(*types.Func); !ok || !helpers[fn] {
			continue
		}
		e.Import(lift.Package) // the import's name first, as elsewhere
		file, line := e.Name("logfile"), e.Name("logline")
		params := file + " string, " + line + " int"
		if len(fd.Type.Params.List) > 0 {
			params += ", "
		}
		e.Insert(fd.Type.Params.Opening+1, params+e.lineAt(fd.Type.Params.Opening+1))
		for _, call := range helperOutputs(p.Info, fd) {
			sites[call] = file + ", " + line
		}
	}
	return sites
}

// helperCall edits call, where it calls a helper, to pass its own file
// and line first, and reports whether it did.
func helperCall(p *Package, f *ast.File, e *Editor, call *ast.CallExpr, helpers map[*types.Func]bool) bool {
	id, ok := call.Fun.(*ast.Ident)
	if !ok {
		return false
	}
	if fn, ok := p.Info.Uses[id].(*types.Func); !ok || !helpers[fn] {
		return false
	}
	site := callSite(p, f, call)
	if len(call.Args) > 0 {
		site += ", "
	}
	e.InsertFirst(call.Lparen+1, site+e.lineAt(call.Lparen+1))
	return true
}

// callSite is the file, as Go records it, and line of call, as Go source.
func callSite(p *Package, f *ast.File, call *ast.CallExpr) string {
	pos := p.Fset.Position(call.Lparen)
	file := pos.Filename
	if path, ok := p.Paths[f]; ok {
		file = path
	}
	return strconv.Quote(file) + ", " + strconv.Itoa(pos.Line)
}

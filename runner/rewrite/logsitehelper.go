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
// logs at them. Output(3, s) names the line of the call of the helper's
// caller: where each call of the helper is in the body of such a function
// (not in a function literal), that function gets the parameters too, and
// hands its own to the helper; and so on for Output(4, s). Output with
// another calldepth stays refused.

// siteHelpers returns the functions of p that pass logsite hands the file
// and line of a frame above them, each with the depth of that frame as
// log.Output counts it: 2 for the call of the function, 3 for the call of
// its caller.
func siteHelpers(p *Package) map[*types.Func]int {
	decls := map[*types.Func]*ast.FuncDecl{} // the functions that can take the parameters
	own := map[*types.Func]int64{}           // the calldepth of their Output calls; -1 for several
	for _, f := range p.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv != nil || fd.Type.TypeParams != nil || fd.Body == nil || fd.Name.Name == "main" || fd.Name.Name == "init" || !namedParams(fd.Type) {
				continue
			}
			fn, ok := p.Info.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			decls[fn] = fd
			for _, call := range helperOutputs(p.Info, fd) {
				if k := calldepth(p.Info, call); own[fn] == 0 {
					own[fn] = k
				} else if own[fn] != k {
					own[fn] = -1
				}
			}
		}
	}
	helpers := map[*types.Func]bool{}
	for fn, k := range own {
		if k >= 2 {
			helpers[fn] = true
		}
	}
	if len(helpers) == 0 {
		return nil
	}
	uses := helperUses(p, decls)
	for {
		depths, bad := chainDepths(helpers, own, decls, uses)
		if bad == nil {
			return depths
		}
		delete(helpers, bad)
	}
}

// A helperUse is a use of a function: in which function's body it is,
// whether in a function literal there, and whether it is a direct call.
type helperUse struct {
	in          *types.Func // nil at the package's level or in a method
	lit, direct bool
}

// helperUses returns the uses of the functions of decls.
func helperUses(p *Package, decls map[*types.Func]*ast.FuncDecl) map[*types.Func][]helperUse {
	direct := plainCalls(p)
	uses := map[*types.Func][]helperUse{}
	var walk func(n ast.Node, in *types.Func, lit bool)
	walk = func(n ast.Node, in *types.Func, lit bool) {
		ast.Inspect(n, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.FuncLit:
				walk(m.Body, in, true)
				return false
			case *ast.Ident:
				if fn, ok := p.Info.Uses[m].(*types.Func); ok && decls[fn] != nil {
					uses[fn] = append(uses[fn], helperUse{in, lit, direct[m]})
				}
			}
			return true
		})
	}
	for _, f := range p.Files {
		for _, d := range f.Decls {
			var in *types.Func
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
				in, _ = p.Info.Defs[fd.Name].(*types.Func)
			}
			walk(d, in, false)
		}
	}
	return uses
}

// chainDepths returns the depth of the frame each function is handed,
// from the helpers' Output calls up through their callers, or a helper
// whose frame cannot be handed to it.
func chainDepths(helpers map[*types.Func]bool, own map[*types.Func]int64, decls map[*types.Func]*ast.FuncDecl, uses map[*types.Func][]helperUse) (map[*types.Func]int, *types.Func) {
	depths := map[*types.Func]int{}
	from := map[*types.Func]*types.Func{} // the helper whose chain asks a function for its frame
	var work []*types.Func
	for fn := range helpers {
		depths[fn] = int(own[fn])
		from[fn] = fn
		work = append(work, fn)
	}
	for len(work) > 0 {
		g := work[len(work)-1]
		work = work[:len(work)-1]
		k := depths[g]
		for _, u := range uses[g] {
			if !u.direct {
				return nil, from[g]
			}
			if k == 2 {
				continue // each call passes its own line
			}
			// The call passes the frame its function is handed.
			if u.lit || u.in == nil || decls[u.in] == nil || (own[u.in] != 0 && own[u.in] != int64(k-1)) {
				return nil, from[g]
			}
			if d, ok := depths[u.in]; ok {
				if d != k-1 {
					return nil, from[g]
				}
				continue
			}
			depths[u.in] = k - 1
			from[u.in] = from[g]
			work = append(work, u.in)
		}
	}
	return depths, nil
}

// helperOutputs returns the calls of log's Output with a constant
// calldepth of 2 or more in fd's own body (not in a function literal, a
// defer or a go statement).
func helperOutputs(info *types.Info, fd *ast.FuncDecl) []*ast.CallExpr {
	var calls []*ast.CallExpr
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.DeferStmt, *ast.GoStmt:
			return false
		case *ast.CallExpr:
			sel, ok := n.Fun.(*ast.SelectorExpr)
			if ok && sel.Sel.Name == "Output" && logPrinter(info, sel) != nil && calldepth(info, n) >= 2 {
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

// liftHelpers edits, in f, the declarations of the functions of depths,
// which take the file and line of a frame above them, and returns the
// calls in f that pass or log at them (Output calls of the helpers, and
// calls that hand a function's frame on) with the names of the
// parameters that hold them.
func liftHelpers(p *Package, f *ast.File, e *Editor, depths map[*types.Func]int) map[*ast.CallExpr]string {
	sites := map[*ast.CallExpr]string{}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv != nil {
			continue
		}
		fn, ok := p.Info.Defs[fd.Name].(*types.Func)
		if !ok {
			continue
		}
		if _, ok := depths[fn]; !ok {
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
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if _, ok := n.(*ast.FuncLit); ok {
				return false
			}
			if call, ok := n.(*ast.CallExpr); ok {
				if id, ok := call.Fun.(*ast.Ident); ok {
					if g, ok := p.Info.Uses[id].(*types.Func); ok && depths[g] > 2 {
						sites[call] = file + ", " + line
					}
				}
			}
			return true
		})
	}
	return sites
}

// helperCall edits call, where it calls a function of depths, to pass the
// file and line it is handed (sites) or its own first, and reports
// whether it did.
func helperCall(p *Package, f *ast.File, e *Editor, call *ast.CallExpr, depths map[*types.Func]int, sites map[*ast.CallExpr]string) bool {
	id, ok := call.Fun.(*ast.Ident)
	if !ok {
		return false
	}
	if fn, ok := p.Info.Uses[id].(*types.Func); !ok || depths[fn] == 0 {
		return false
	}
	site, ok := sites[call]
	if !ok {
		site = callSite(p, f, call)
	}
	if len(call.Args) > 0 {
		site += ", "
	}
	e.InsertLeadFirst(call.Lparen+1, site+e.lineAt(call.Lparen+1))
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

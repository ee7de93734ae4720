package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
)

// callsRecover reports whether a file of the package calls recover.
func callsRecover(info *types.Info, files []*ast.File) bool {
	found := false
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok && IsRecover(info, c) {
				found = true
			}
			return !found
		})
	}
	return found
}

// IsRecover reports whether c calls the builtin recover.
func IsRecover(info *types.Info, c *ast.CallExpr) bool {
	return len(c.Args) == 0 && builtinName(info, c) == "recover"
}

// DefersRecover reports whether the function body defers a call that
// calls recover itself: a function literal, or a function or method of
// the package (among files).
func DefersRecover(info *types.Info, files []*ast.File, body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		d, ok := n.(*ast.DeferStmt)
		if !ok {
			return true
		}
		var fbody *ast.BlockStmt
		switch fn := ast.Unparen(d.Call.Fun).(type) {
		case *ast.FuncLit:
			fbody = fn.Body
		case *ast.Ident:
			fbody = declBody(info, files, info.Uses[fn])
		case *ast.SelectorExpr:
			if sel := info.Selections[fn]; sel != nil && sel.Kind() == types.MethodVal && !types.IsInterface(sel.Recv()) {
				fbody = declBody(info, files, sel.Obj())
			}
		}
		if fbody != nil {
			ast.Inspect(fbody, func(m ast.Node) bool {
				if c, ok := m.(*ast.CallExpr); ok && IsRecover(info, c) {
					found = true
				}
				_, lit := m.(*ast.FuncLit)
				return !found && !lit
			})
		}
		return false
	})
	return found
}

// declBody returns the body of obj, a function or method of the package
// (among files), or nil.
func declBody(info *types.Info, files []*ast.File, obj types.Object) *ast.BlockStmt {
	fn, ok := obj.(*types.Func)
	if !ok {
		return nil
	}
	fn = fn.Origin()
	for _, f := range files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && info.Defs[fd.Name] == fn {
				return fd.Body
			}
		}
	}
	return nil
}

// AllNamed reports whether every parameter in fields has a name other
// than _: the marks skip a function with an unnamed one (see diag.Mark).
// Package refuse asks it too, to tell the functions the marks skip.
func AllNamed(fields *ast.FieldList) bool {
	if fields == nil {
		return true
	}
	for _, f := range fields.List {
		if len(f.Names) == 0 {
			return false
		}
		for _, n := range f.Names {
			if n.Name == "_" {
				return false
			}
		}
	}
	return true
}

// seenByRecover returns the function bodies of the package whose panics a
// recover() of the package can see: those that defer a call of recover
// themselves, and every function they call on their goroutine, directly or
// through others (a go statement's function runs on a goroutine of its
// own). A call the types do not name (of a function value, of an
// interface's method, of the library, which may call back what it was
// handed, fmt a String method) may call any function the package hands
// out as a value, and any method.
func seenByRecover(info *types.Info, files []*ast.File) map[*ast.BlockStmt]bool {
	g, bodies := newCallGraph(info, files)
	var roots []callRoot
	for _, b := range bodies {
		if DefersRecover(info, files, b) {
			roots = append(roots, callRoot{b, lastRecover(info, files, b)})
		}
	}
	return g.reached(roots)
}

// A callRoot is a function body whose calls reached follows, but those of
// the function literal whose body is except.
type callRoot struct{ body, except *ast.BlockStmt }

// newCallGraph returns the call graph of the package's files and the
// bodies of all their functions.
func newCallGraph(info *types.Info, files []*ast.File) (*callGraph, []*ast.BlockStmt) {
	g := &callGraph{info: info, decls: map[*types.Func]*ast.BlockStmt{}, callees: map[*ast.BlockStmt][]*ast.BlockStmt{}, dynamic: map[*ast.BlockStmt]bool{}, escapes: map[*ast.BlockStmt]bool{}}
	var bodies []*ast.BlockStmt
	direct := map[*ast.FuncLit]bool{} // called where it is written
	named := map[*ast.Ident]bool{}    // a function's name, called
	for _, f := range files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := info.Defs[fd.Name].(*types.Func); ok {
					g.decls[fn] = fd.Body
				}
				if fd.Recv != nil {
					g.escapes[fd.Body] = true // a method: an interface's, fmt's String
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncDecl:
				if x.Body != nil {
					bodies = append(bodies, x.Body)
				}
			case *ast.FuncLit:
				bodies = append(bodies, x.Body)
			case *ast.CallExpr:
				switch fun := ast.Unparen(x.Fun).(type) {
				case *ast.FuncLit:
					direct[fun] = true
				case *ast.Ident:
					named[fun] = true
				}
			}
			return true
		})
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncLit:
				if !direct[x] {
					g.escapes[x.Body] = true // a function value
				}
			case *ast.Ident:
				if fn, ok := info.Uses[x].(*types.Func); ok && !named[x] {
					if b := g.decls[fn.Origin()]; b != nil {
						g.escapes[b] = true // a function used as a value
					}
				}
			}
			return true
		})
	}
	for _, b := range bodies {
		g.calls(b)
	}
	return g, bodies
}

// reached returns the roots' bodies and every function they call on their
// goroutine, directly or through others; a call the types do not name
// reaches every function the package hands out as a value, and every
// method.
func (g *callGraph) reached(roots []callRoot) map[*ast.BlockStmt]bool {
	seen := map[*ast.BlockStmt]bool{}
	expanded := map[*ast.BlockStmt]bool{} // seen, and what it calls queued
	var queue []*ast.BlockStmt
	escaped := false
	expand := func(b, except *ast.BlockStmt) {
		seen[b] = true
		for _, c := range g.callees[b] {
			if c != except {
				queue = append(queue, c)
			}
		}
		if g.dynamic[b] && !escaped {
			escaped = true
			for e := range g.escapes {
				queue = append(queue, e)
			}
		}
	}
	for _, r := range roots {
		expand(r.body, r.except)
	}
	for len(queue) > 0 {
		b := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		if expanded[b] {
			continue
		}
		expanded[b] = true
		expand(b, nil)
	}
	return seen
}

// lastRecover returns the body of the function literal that body defers,
// where it is the only deferred call of body that calls recover, deferred
// once (in no loop, in a body without goto): nothing runs after it in
// body's frame that could recover its own panics (of its recover's value,
// err = r.(error)), which only a recover of a caller of body can see.
// It returns nil otherwise.
func lastRecover(info *types.Info, files []*ast.File, body *ast.BlockStmt) *ast.BlockStmt {
	var lit *ast.FuncLit
	var loops []ast.Node
	recovering, again := 0, false
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BranchStmt:
			again = again || x.Tok == token.GOTO
		case *ast.ForStmt, *ast.RangeStmt:
			loops = append(loops, n)
		case *ast.DeferStmt:
			if DefersRecover(info, files, &ast.BlockStmt{List: []ast.Stmt{x}}) {
				recovering++
				lit, _ = ast.Unparen(x.Call.Fun).(*ast.FuncLit)
				for _, l := range loops {
					again = again || l.Pos() <= x.Pos() && x.Pos() < l.End()
				}
			}
		}
		return true
	})
	if recovering != 1 || again || lit == nil {
		return nil
	}
	return lit.Body
}

// A callGraph is what each function body of a package calls.
type callGraph struct {
	info    *types.Info
	decls   map[*types.Func]*ast.BlockStmt
	callees map[*ast.BlockStmt][]*ast.BlockStmt // the package's functions a body calls by name
	dynamic map[*ast.BlockStmt]bool             // a body makes a call the types do not name
	escapes map[*ast.BlockStmt]bool             // a function handed out as a value, or a method
}

// calls finds what body calls, outside the function literals in it.
func (g *callGraph) calls(body *ast.BlockStmt) {
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.GoStmt:
			// Its function runs on a goroutine of its own; its operands
			// and arguments are evaluated here.
			if _, lit := ast.Unparen(x.Call.Fun).(*ast.FuncLit); !lit {
				g.funcOperands(x.Call.Fun, visit)
			}
			for _, a := range x.Call.Args {
				ast.Inspect(a, visit)
			}
			return false
		case *ast.CallExpr:
			g.call(body, x, visit)
			for _, a := range x.Args {
				ast.Inspect(a, visit)
			}
			return false
		}
		return true
	}
	for _, s := range body.List {
		ast.Inspect(s, visit)
	}
}

// call notes what the call c in body calls.
func (g *callGraph) call(body *ast.BlockStmt, c *ast.CallExpr, visit func(ast.Node) bool) {
	fun := ast.Unparen(c.Fun)
	if tv, ok := g.info.Types[fun]; ok && tv.IsType() {
		return // a conversion
	}
	var obj types.Object
	switch f := fun.(type) {
	case *ast.FuncLit:
		g.callees[body] = append(g.callees[body], f.Body)
		return
	case *ast.Ident:
		obj = g.info.Uses[f]
	case *ast.SelectorExpr:
		if sel := g.info.Selections[f]; sel != nil {
			ast.Inspect(f.X, visit)
			if sel.Kind() == types.MethodVal && !types.IsInterface(sel.Recv()) {
				obj = sel.Obj()
			}
		} else {
			obj = g.info.Uses[f.Sel]
		}
	default:
		ast.Inspect(fun, visit)
	}
	switch o := obj.(type) {
	case *types.Builtin:
		return
	case *types.Func:
		if b := g.decls[o.Origin()]; b != nil {
			g.callees[body] = append(g.callees[body], b)
			return
		}
	}
	g.dynamic[body] = true
}

// funcOperands visits the operands of the function a go statement calls.
func (g *callGraph) funcOperands(fun ast.Expr, visit func(ast.Node) bool) {
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
	case *ast.SelectorExpr:
		ast.Inspect(f.X, visit)
	default:
		ast.Inspect(f, visit)
	}
}

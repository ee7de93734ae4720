package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/socklab/socklab/runner/lift"
)

// A variable of a function that declares it with one of log's printing
// functions or slog's logging functions (say := log.Println) logs, with
// log.Lshortfile, the line where it is called. Where the variable is
// local, never assigned again and only ever called directly, not
// deferred nor started as a goroutine, pass logsite turns each of its
// calls into the call of lift's that the function's own call becomes
// (say("hi") into lift.LogPrintln(log.Default(), "/path/main.go", 12,
// "hi")); the declaration stays, unused.

// A siteValue is a variable that holds a logging function, with the
// selector of the function (log.Println) it is declared with.
type siteValue struct {
	fn  *types.Func
	sel *ast.SelectorExpr
}

// siteValues returns the variables of f's functions that hold a logging
// function and that pass logsite can lift, by their objects.
func siteValues(p *Package, f *ast.File) map[*types.Var]siteValue {
	values := map[*types.Var]siteValue{}
	define := func(lhs []*ast.Ident, rhs []ast.Expr) {
		if len(lhs) != len(rhs) {
			return
		}
		for i, id := range lhs {
			sel, ok := rhs[i].(*ast.SelectorExpr)
			if !ok || pkgOf(p.Info, sel) == nil {
				continue
			}
			fn := logPrinter(p.Info, sel)
			if fn == nil || fn.Name() == "Output" {
				if fn = slogPrinter(p.Info, sel); fn == nil {
					continue
				}
			}
			v, ok := p.Info.Defs[id].(*types.Var)
			if ok && v.Parent() != p.Types.Scope() {
				values[v] = siteValue{fn, sel}
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE {
				break
			}
			var lhs []*ast.Ident
			for _, x := range n.Lhs {
				id, ok := x.(*ast.Ident)
				if !ok {
					return true
				}
				lhs = append(lhs, id)
			}
			define(lhs, n.Rhs)
		case *ast.ValueSpec:
			define(n.Names, n.Values)
		}
		return true
	})
	if len(values) == 0 {
		return values
	}
	direct := plainCalls(p)
	for id, obj := range p.Info.Uses {
		if v, ok := obj.(*types.Var); ok && !direct[id] {
			delete(values, v)
		}
	}
	return values
}

// plainCalls returns the identifiers of p that are the function of a
// call whose arguments are written out, in no defer or go statement: a
// call that can pass arguments of its own first.
func plainCalls(p *Package) map[*ast.Ident]bool {
	direct := map[*ast.Ident]bool{}
	for _, f := range p.Files {
		later := map[*ast.CallExpr]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.DeferStmt:
				later[n.Call] = true
			case *ast.GoStmt:
				later[n.Call] = true
			case *ast.CallExpr:
				id, ok := n.Fun.(*ast.Ident)
				if !ok || later[n] || (len(n.Args) == 1 && isTuple(p.Info.TypeOf(n.Args[0]))) {
					break
				}
				direct[id] = true
			}
			return true
		})
	}
	return direct
}

// valueCall edits call, where it calls a variable of values, into the
// call of lift's that the variable's function becomes, and reports
// whether it did.
func valueCall(p *Package, f *ast.File, e *Editor, call *ast.CallExpr, values map[*types.Var]siteValue) bool {
	id, ok := call.Fun.(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := p.Info.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	sv, ok := values[v]
	if !ok {
		return false
	}
	// The package's name where the variable is declared names it at the
	// call too, unless something of the call's scope shadows it.
	pkg := pkgOf(p.Info, sv.sel)
	if scope := p.Types.Scope().Innermost(call.Pos()); scope == nil {
		return false
	} else if _, obj := scope.LookupParent(pkg.Name(), call.Pos()); obj != pkg {
		return false
	}
	site := callSite(p, f, call)
	if len(call.Args) > 0 {
		site += ", "
	}
	lifted := e.Import(lift.Package)
	if sv.fn.Pkg().Path() == "log/slog" {
		e.Replace(id.Pos(), id.End(), lifted+".Slog"+sv.fn.Name())
		e.InsertFirst(call.Lparen+1, site+e.lineAt(call.Lparen+1))
		return true
	}
	e.Replace(id.Pos(), id.End(), lifted+".Log"+sv.fn.Name())
	e.InsertFirst(call.Lparen+1, pkg.Name()+".Default(), "+site+e.lineAt(call.Lparen+1))
	return true
}

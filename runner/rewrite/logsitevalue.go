package rewrite

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/socklab/socklab/runner/lift"
)

// A variable of a function that declares it with one of log's printing
// functions or slog's logging functions (say := log.Println), or with a
// method value of a logger's (say := l.Println), logs, with
// log.Lshortfile, the line where it is called. Where the variable is
// local, never assigned again and only ever called directly, not
// deferred nor started as a goroutine, pass logsite turns each of its
// calls into the call of lift's that the function's own call becomes
// (say("hi") into lift.LogPrintln(log.Default(), "/path/main.go", 12,
// "hi")); the declaration stays, unused. A method value's declaration
// keeps the logger it binds in a variable of its own, declared beside it
// (say, _logger1 := l.Println, l), which the calls log through.

// A siteValue is a variable that holds a logging function, with the
// selector of the function (log.Println, l.Println) it is declared with.
type siteValue struct {
	fn  *types.Func
	sel *ast.SelectorExpr
	// logger, for a method value, names the variable that holds the
	// logger it binds.
	logger string
	// lhsEnd and rhsEnd are the ends of the declaration's sides, where a
	// method value's logger is declared.
	lhsEnd, rhsEnd token.Pos
}

// siteValues returns the variables of f's functions that hold a logging
// function and that pass logsite can lift, by their objects, and declares
// the logger each method value binds.
func siteValues(p *Package, f *ast.File, e *Editor) map[*types.Var]siteValue {
	values := map[*types.Var]siteValue{}
	define := func(lhs []*ast.Ident, rhs []ast.Expr, typed bool) {
		if len(lhs) != len(rhs) {
			return
		}
		for i, id := range lhs {
			sel, ok := rhs[i].(*ast.SelectorExpr)
			if !ok {
				continue
			}
			fn := logPrinter(p.Info, sel)
			if fn == nil || fn.Name() == "Output" {
				if fn = slogPrinter(p.Info, sel); fn == nil {
					continue
				}
			}
			// A method value binds its logger where it is declared:
			// a logger that a variable or its fields hold is found
			// there again at no cost.
			if pkgOf(p.Info, sel) == nil && (typed || !fieldsOfVar(p.Info, sel.X)) {
				continue
			}
			v, ok := p.Info.Defs[id].(*types.Var)
			if ok && v.Parent() != p.Types.Scope() {
				values[v] = siteValue{fn: fn, sel: sel, lhsEnd: lhs[len(lhs)-1].End(), rhsEnd: rhs[len(rhs)-1].End()}
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
			define(lhs, n.Rhs, false)
		case *ast.ValueSpec:
			define(n.Names, n.Values, n.Type != nil)
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
	// Declare the loggers, in the order of the declarations.
	var bound []*types.Var
	for v, sv := range values {
		if pkgOf(p.Info, sv.sel) == nil {
			bound = append(bound, v)
		}
	}
	slices.SortFunc(bound, func(a, b *types.Var) int { return cmp.Compare(a.Pos(), b.Pos()) })
	for _, v := range bound {
		sv := values[v]
		pkg := "log"
		if sv.fn.Pkg().Path() == "log/slog" {
			pkg = "log/slog"
		}
		amp, path, ok := loggerPath(p.Info, sv.sel, pkg)
		if !ok {
			delete(values, v)
			continue
		}
		e.Import(lift.Package) // the import's name first, as elsewhere
		sv.logger = e.Name("logger")
		e.Insert(sv.lhsEnd, ", "+sv.logger+e.lineAt(sv.lhsEnd))
		e.Insert(sv.rhsEnd, ", "+amp+e.Text(sv.sel.X.Pos(), sv.sel.X.End())+path+e.lineAt(sv.rhsEnd))
		values[v] = sv
	}
	return values
}

// fieldsOfVar reports whether x is a variable, or fields of one reached
// through no call, index or pointer of its own (l, s.log, s.hub.l).
func fieldsOfVar(info *types.Info, x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.Ident:
		_, ok := info.Uses[x].(*types.Var)
		return ok
	case *ast.SelectorExpr:
		s := info.Selections[x]
		return s != nil && s.Kind() == types.FieldVal && fieldsOfVar(info, x.X)
	}
	return false
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
	site := callSite(p, f, call)
	if len(call.Args) > 0 {
		site += ", "
	}
	lifted := e.Import(lift.Package)
	if sv.logger != "" {
		fn := lifted + ".Log" + sv.fn.Name()
		if sv.fn.Pkg().Path() == "log/slog" {
			fn = lifted + ".SlogLogger" + sv.fn.Name()
		}
		e.Replace(id.Pos(), id.End(), fn)
		e.InsertLeadFirst(call.Lparen+1, sv.logger+", "+site+e.lineAt(call.Lparen+1))
		return true
	}
	// The package's name where the variable is declared names it at the
	// call too, unless something of the call's scope shadows it.
	pkg := pkgOf(p.Info, sv.sel)
	if scope := p.Types.Scope().Innermost(call.Pos()); scope == nil {
		return false
	} else if _, obj := scope.LookupParent(pkg.Name(), call.Pos()); obj != pkg {
		return false
	}
	if sv.fn.Pkg().Path() == "log/slog" {
		e.Replace(id.Pos(), id.End(), lifted+".Slog"+sv.fn.Name())
		e.InsertLeadFirst(call.Lparen+1, site+e.lineAt(call.Lparen+1))
		return true
	}
	e.Replace(id.Pos(), id.End(), lifted+".Log"+sv.fn.Name())
	e.InsertLeadFirst(call.Lparen+1, pkg.Name()+".Default(), "+site+e.lineAt(call.Lparen+1))
	return true
}

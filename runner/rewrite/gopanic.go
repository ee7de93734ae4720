package rewrite

import (
	"go/ast"
	"go/types"
	"strings"
)

// A panic that no recover stops is reported with Go's text of its value
// on whatever goroutine it was raised. The interpreter raises panic(x) as
// the reflect.Value of x, which Go's runtime prints as <int Value> when
// it ends the process from a goroutine other than main's, where nothing
// of socklab's sees the panic. So, in a package that panics with a value
// other than a string, the function literal of each go statement runs its
// body as a literal called in one whose outermost deferred call hands
// what recover returns there, the panic that nothing else stopped, to
// lift.GoPanic, which reports it as the runner reports main's panics.
// The body's own deferred calls run first, as Go runs them before the
// crash, and the panic passes through its frame, which places it:
//
//	go func() { work() }()   =>   go func() { defer func() { if r := recover(); r != nil { _sl.GoPanic(r) } }(); func() {/*line :5:13*/ work() }()/*line :5:22*/}()
//
// A literal with results returns what the body's literal, which declares
// the same results, returns. A go statement that calls a function the
// package declares at the top level calls one declared after the file's
// last line that does the same (see goFuncs); a method of the package's
// goes through pass gocallee's function, and any other callee through
// one that takes it (see startReported).

func goPanics(p *Package, f *ast.File, e *Editor) {
	var lits []*ast.FuncLit
	ast.Inspect(f, func(n ast.Node) bool {
		g, ok := n.(*ast.GoStmt)
		if !ok {
			return true
		}
		if lit, ok := ast.Unparen(g.Call.Fun).(*ast.FuncLit); ok {
			lits = append(lits, lit)
		}
		return true
	})
	if !startsGoroutines(f) || !panicsWithValue(p) {
		return
	}
	report := goReport(e)
	goFuncs(p, f, e, report)
	for _, lit := range lits {
		// A literal with results returns what its body's copy returns,
		// which declares the same results: the body's return statements
		// and the names it reads are its own.
		inner, ret := "func()", ""
		if lit.Type.Results != nil {
			results, ok := resultList(p, f, p.Info.TypeOf(lit).(*types.Signature).Results())
			if !ok {
				e.Refuse(lit.Pos(), "the report of a panic that no recover stops in the goroutine of this function literal would print the interpreter's value (<int Value>), and its results have no spelling here: start a literal without results (go func() { ... }())")
				continue
			}
			inner, ret = "func() "+results, "return "
		}
		open, end := lit.Body.Lbrace+1, lit.Body.Rbrace
		e.InsertFirst(open, " "+report+"; "+ret+inner+" {"+directive(p, open))
		e.InsertLast(end, " }()"+directive(p, end))
	}
}

// resultList writes the results of a function literal, with their names.
func resultList(p *Package, f *ast.File, results *types.Tuple) (string, bool) {
	var rs []string
	for i := range results.Len() {
		r := results.At(i)
		tn, ok := typeName(p, f, r.Type(), false)
		if !ok {
			return "", false
		}
		if r.Name() != "" {
			tn = r.Name() + " " + tn
		}
		rs = append(rs, tn)
	}
	return "(" + strings.Join(rs, ", ") + ")", true
}

// panicsWithValue reports whether a file of p calls panic with a value
// other than a string, which the interpreter's panic would print as its
// runtime type on a goroutine other than main's. A string prints as
// itself there; a runtime error is Go's own value.
func panicsWithValue(p *Package) bool {
	found := false
	for _, f := range p.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if found || !ok {
				return !found
			}
			if builtinName(p.Info, call) != "panic" || len(call.Args) != 1 {
				return true
			}
			b, basic := p.Info.TypeOf(call.Args[0]).(*types.Basic)
			found = !basic || b.Info()&types.IsString == 0
			return !found
		})
	}
	return found
}

// startsGoroutines reports whether f holds a go statement.
func startsGoroutines(f *ast.File) bool {
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		_, ok := n.(*ast.GoStmt)
		found = found || ok
		return !found
	})
	return found
}

// goFuncs makes each go statement of f that calls a function the package
// declares at the top level, not generic, call one declared after the
// file's last line that calls it inside a deferred call that reports its
// panic (one such function for each function started so); the arguments
// are the statement's, evaluated where Go evaluates them:
//
//	go worker(jobs)   =>   go _go1/*line :5:12*/(jobs)   with   func _go1(_p2 chan int) { defer func() { _sl.GoPanic(recover()) }(); worker(_p2) }
func goFuncs(p *Package, f *ast.File, e *Editor, report string) {
	made := map[*types.Func]string{}
	ast.Inspect(f, func(n ast.Node) bool {
		g, ok := n.(*ast.GoStmt)
		if !ok {
			return true
		}
		id, ok := ast.Unparen(g.Call.Fun).(*ast.Ident)
		if !ok {
			return true
		}
		fn, ok := p.Info.Uses[id].(*types.Func)
		if !ok || fn.Pkg() != p.Types || fn.Parent() != p.Types.Scope() {
			return true
		}
		sig := fn.Type().(*types.Signature)
		if sig.TypeParams().Len() > 0 {
			return true
		}
		name, ok := made[fn]
		if !ok {
			var params, args []string
			for i := range sig.Params().Len() {
				pn, t := e.Name("p"), sig.Params().At(i).Type()
				arg := pn
				if sig.Variadic() && i == sig.Params().Len()-1 {
					t, arg, pn = t.(*types.Slice).Elem(), pn+"...", pn+" ..."
				} else {
					pn += " "
				}
				tn, spelled := typeName(p, f, t, true)
				if !spelled {
					startReported(p, f, e, g, map[string]string{}) // a type declared in a function
					return true
				}
				params = append(params, pn+tn)
				args = append(args, arg)
			}
			name = e.Name("go")
			made[fn] = name
			e.Append("func " + name + "(" + strings.Join(params, ", ") + ") { " + report + "; " + fn.Name() + "(" + strings.Join(args, ", ") + ") }")
		}
		laterOrNow(p, f, e, g.Pos(), func() {
			if e.editedInside(id.Pos(), id.End()) {
				return // another pass rewrote the function's name: started as before
			}
			e.Replace(id.Pos(), id.End(), name+directive(p, id.End()))
		})
		return true
	})
}

package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/lift"
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
//	go func() { work() }()   =>   go func() { defer func() { _sl.GoPanic(recover()) }(); func() {/*line :5:13*/ work() }()/*line :5:22*/}()
//
// The function of a go statement that is not a literal, and a literal
// with results, are left as they are: their panics print as before.
func init() { register(Pass{Name: "gopanic", Run: goPanics}) }

func goPanics(p *Package, f *ast.File, e *Editor) {
	var lits []*ast.FuncLit
	ast.Inspect(f, func(n ast.Node) bool {
		g, ok := n.(*ast.GoStmt)
		if !ok {
			return true
		}
		lit, ok := ast.Unparen(g.Call.Fun).(*ast.FuncLit)
		if ok && lit.Type.Results == nil {
			lits = append(lits, lit)
		}
		return true
	})
	if len(lits) == 0 || !panicsWithValue(p) {
		return
	}
	report := e.Import(lift.Package) + ".GoPanic(recover())"
	for _, lit := range lits {
		open, end := lit.Body.Lbrace+1, lit.Body.Rbrace
		e.InsertFirst(open, " defer func() { "+report+" }(); func() {"+directive(p, open))
		e.InsertLast(end, " }()"+directive(p, end))
	}
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

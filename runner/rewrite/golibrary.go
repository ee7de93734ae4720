package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/lift"
)

// Go's library starts some goroutines itself, which run a function the
// script hands it: time.AfterFunc's and context.AfterFunc's, and
// sync.WaitGroup's Go (Go 1.25). A panic that no recover stops there ends
// the program as one of a go statement's goroutine does, and the
// interpreter's value printed <int Value> there too. So, in a package that
// panics with a value other than a string (see goPanics), the function
// goes through one declared after the file's last line that returns it
// called under the deferred report:
//
//	time.AfterFunc(d, tick)   =>   time.AfterFunc(d, _goLater1(tick))   with   func _goLater1(f func()) func() { return func() { defer ...; f() } }
//
// WaitGroup.Go recovers the panic and raises it again, which Go's report
// marks " [recovered, repanicked]": its function's report says so
// (lift.GoPanicAgain).

func goLibrary(p *Package, f *ast.File, e *Editor) {
	var calls []*ast.CallExpr
	ast.Inspect(f, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && libraryStarter(p, call) != "" {
			calls = append(calls, call)
		}
		return true
	})
	if len(calls) == 0 || !panicsWithValue(p) {
		return
	}
	names := map[string]string{} // the wrapping function of each starter's kind
	for _, call := range calls {
		kind := libraryStarter(p, call)
		name, ok := names[kind]
		if !ok {
			name = e.Name("goLater")
			names[kind] = name
			report := e.Import(lift.Package) + ".GoPanic(r)"
			if kind == "again" {
				report = e.Import(lift.Package) + ".GoPanicAgain(r)"
			}
			e.Append("func " + name + "(f func()) func() { return func() { defer func() { if r := recover(); r != nil { " + report + " } }(); f() } }")
		}
		arg := call.Args[len(call.Args)-1]
		laterOrNow(p, f, e, call.Pos(), func() {
			e.InsertFirst(arg.Pos(), name+"("+directive(p, arg.Pos()))
			e.Insert(arg.End(), ")"+directive(p, arg.End()))
		})
	}
}

// libraryStarter reports whether call hands its last argument, a func(),
// to Go's library to run on a goroutine of its own: "plain" for
// time.AfterFunc and context.AfterFunc, "again" for sync.WaitGroup's Go,
// which raises the panic again; "" for another call.
func libraryStarter(p *Package, call *ast.CallExpr) string {
	var fn *types.Func
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		if s := p.Info.Selections[fun]; s != nil {
			if s.Kind() != types.MethodVal {
				return ""
			}
			fn, _ = s.Obj().(*types.Func)
		} else {
			fn, _ = p.Info.Uses[fun.Sel].(*types.Func)
		}
	}
	if fn == nil || fn.Pkg() == nil || len(call.Args) == 0 || call.Ellipsis.IsValid() {
		return ""
	}
	switch fn.FullName() {
	case "time.AfterFunc", "context.AfterFunc":
		return "plain"
	case "(*sync.WaitGroup).Go":
		return "again"
	}
	return ""
}

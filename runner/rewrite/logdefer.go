package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"sync"
)

// A deferred call of log's (defer log.Println("done")) runs where its
// function returns, and a logger whose flags name the file names the line
// Go's build records there: the return statement that ran where the
// compiler open-codes the function's defers, the function's closing brace
// where it does not (a defer in a loop, more than eight, a -N build) or
// where the function ends without a return (and where its returns times
// its defers exceed 15); during a panic or
// runtime.Goexit, the runtime's line that runs the deferred calls. Where
// that line does not depend on the return taken or on how the compiler
// builds the function, pass logsite hands it to lift made negative, which
// marks the call as deferred: lift then names the runtime's line where the
// call runs in a panic or Goexit, found in the interpreter's own frames.

// maxOpenDefers is the compiler's bound on the defers of a function whose
// defers it open-codes (cmd/compile/internal/walk).
const maxOpenDefers = 8

// maxOpenExits bounds, in the compiler, the returns of a function times
// its defers for it to open-code the defers at each return
// (cmd/compile/internal/ssagen).
const maxOpenExits = 15

// deferredLogLines returns, for each call of f that a defer statement
// defers, the line that Go names where the call runs after its function
// returns, or 0 where that line varies with the return taken or with how
// the compiler builds the function, or another deferred call of the
// function may recover a panic (after which Go names other lines), or the
// call's first argument is not a constant.
func deferredLogLines(p *Package, f *ast.File) map[*ast.CallExpr]deferredLog {
	lines := map[*ast.CallExpr]deferredLog{}
	inspectDefers(f, func(d *ast.DeferStmt, stack []ast.Node) {
		body, fn := funcOf(stack)
		if body == nil {
			return
		}
		if len(d.Call.Args) > 0 && !unchanging(p, d.Call.Args[0]) {
			// Pass savedargs would put the first argument in a comment,
			// with the file and line that pass logsite inserts before it.
			return
		}
		_, method := p.Info.Selections[selectorOf(d.Call)]
		lines[d.Call] = deferredLog{exitLine(p, body, fn, method), body}
	})
	return lines
}

// A deferredLog is where a deferred call of log's runs: line, or, where
// line is eachReturn, the return statement of body that ran.
type deferredLog struct {
	line int
	body *ast.BlockStmt
}

// eachReturn marks a function whose defers the compiler open-codes, so
// that Go names the return statement that ran (or the closing brace where
// the function ends without one).
const eachReturn = -1

// funcOf returns the body and type of the function that holds the last
// node of stack.
func funcOf(stack []ast.Node) (*ast.BlockStmt, *ast.FuncType) {
	for i := len(stack) - 1; i >= 0; i-- {
		switch s := stack[i].(type) {
		case *ast.FuncLit:
			return s.Body, s.Type
		case *ast.FuncDecl:
			return s.Body, s.Type
		}
	}
	return nil, nil
}

// exitLine returns the line Go names for the deferred calls of the
// function of this body and type when it returns, or 0 where it cannot
// be told before the program runs. method says whether the call to lift
// is of a logger's method.
func exitLine(p *Package, body *ast.BlockStmt, fn *ast.FuncType, method bool) int {
	var returns []*ast.ReturnStmt
	defers, inLoop, unsure := 0, false, false
	var walk func(n ast.Node, loops int)
	walk = func(n ast.Node, loops int) {
		ast.Inspect(n, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				returns = append(returns, m)
			case *ast.BranchStmt:
				// A goto can make a loop the compiler sees.
				unsure = unsure || m.Tok == token.GOTO
			case *ast.RangeStmt:
				if _, ok := p.Info.TypeOf(m.X).Underlying().(*types.Signature); ok {
					unsure = true // a range over a function defers apart
				}
				walk(m.Body, loops+1)
				return false
			case *ast.ForStmt:
				walk(m.Body, loops+1)
				return false
			case *ast.DeferStmt:
				defers++
				inLoop = inLoop || loops > 0
				unsure = unsure || mayRecover(p, m.Call)
			}
			return true
		})
	}
	walk(body, 0)
	closing := p.Fset.Position(body.Rbrace).Line
	if method && (defers > 1 || inLoop) {
		// Pass deferframe would wrap the logger's method value, which
		// this pass has made a call of lift's.
		unsure = true
	}
	switch {
	case unsure:
		return 0
	case len(returns) == 0, inLoop, defers > maxOpenDefers, len(returns)*defers > maxOpenExits:
		return closing
	case len(returns) == 1 && len(body.List) > 0 && body.List[len(body.List)-1] == ast.Stmt(returns[0]) && !namedResults(fn):
		return p.Fset.Position(returns[0].Pos()).Line
	case !namedResults(fn):
		// Open-coded: its results stay on the stack, and its returns
		// times its defers are within the bound.
		return eachReturn
	}
	return 0
}

// exitSite returns the Go source of the file and line that pass logsite
// hands lift for a deferred call of f in a function (of body) whose
// return statements name their own lines: a variable declared at the
// start of the body, which holds the closing brace's line made negative
// and, before each return statement, that statement's. The interpreter
// reads a variable that a deferred call of a compiled function is handed
// when the call runs, not at the defer statement (see pass savedargs), so
// the call gets the line of the return that ran. vars holds the variable
// of each body already declared.
func exitSite(p *Package, f *ast.File, e *Editor, call *ast.CallExpr, body *ast.BlockStmt, vars map[*ast.BlockStmt]string) string {
	v, ok := vars[body]
	if !ok {
		v = e.Name("exit")
		vars[body] = v
		e.Insert(body.Lbrace+1, " "+v+" := "+strconv.Itoa(-p.Fset.Position(body.Rbrace).Line)+"; _ = "+v+";")
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				e.Insert(n.Pos(), v+" = "+strconv.Itoa(-p.Fset.Position(n.Pos()).Line)+"; ")
			}
			return true
		})
	}
	file := p.Fset.Position(call.Lparen).Filename
	if path, ok := p.Paths[f]; ok {
		file = path
	}
	return strconv.Quote(file) + ", " + v
}

// namedResults reports whether fn names its results, which the compiler
// may move to the heap, and then does not open-code the defers.
func namedResults(fn *ast.FuncType) bool {
	if fn.Results == nil {
		return false
	}
	for _, r := range fn.Results.List {
		if len(r.Names) > 0 {
			return true
		}
	}
	return false
}

// mayRecover reports whether the deferred call may call recover: a
// function literal, a function value, a function of the script's, a
// method of an interface that a type of the script's has a method of that
// name for, or recover itself. Functions and methods of Go's library do not recover a
// script's panic.
func mayRecover(p *Package, call *ast.CallExpr) bool {
	var id *ast.Ident
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = fun
	case *ast.SelectorExpr:
		id = fun.Sel
	case *ast.IndexExpr:
		return true
	default:
		return true
	}
	switch obj := p.Info.Uses[id].(type) {
	case *types.Builtin:
		return obj.Name() == "recover" || obj.Name() == "panic"
	case *types.Func:
		if recv := obj.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
			// The value's method is the one deferred where it is the
			// script's.
			return scriptMethod(p, obj.Name())
		}
		return obj.Pkg() == nil || scriptPackage(p.Script, p.Types, obj.Pkg())
	}
	return true
}

// deferredSite returns the Go source of the file and line that pass
// logsite hands lift for a deferred call of f that runs at line: the line
// made negative marks the call as deferred (see lift.LogPrintln).
func deferredSite(p *Package, f *ast.File, call *ast.CallExpr, line int) string {
	file := p.Fset.Position(call.Lparen).Filename
	if path, ok := p.Paths[f]; ok {
		file = path
	}
	return strconv.Quote(file) + ", " + strconv.Itoa(-line)
}

// selectorOf returns the selector expression that call calls, or nil.
func selectorOf(call *ast.CallExpr) *ast.SelectorExpr {
	sel, _ := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	return sel
}

// liftedDefers holds, while a file is rewritten, the type of lift's
// function that a deferred call of a log or slog function became, for
// pass deferframe, which wraps the function value by its type.
var liftedDefers sync.Map // *ast.CallExpr -> *types.Signature

// noteLiftedDefer records the type of lift's function that pass logsite
// made of call, a deferred call of the log or slog function sel: the
// function's own parameters after the logger (for log's), the file and
// the line.
func noteLiftedDefer(p *Package, call *ast.CallExpr, sel *ast.SelectorExpr) {
	fn, ok := p.Info.Uses[sel.Sel].(*types.Func)
	if !ok {
		return
	}
	sig := fn.Signature()
	var params []*types.Var
	if fn.Pkg().Path() == "log" {
		params = append(params, types.NewParam(token.NoPos, nil, "l", types.NewPointer(logLogger(fn.Pkg()))))
	}
	params = append(params, types.NewParam(token.NoPos, nil, "file", types.Typ[types.String]), types.NewParam(token.NoPos, nil, "line", types.Typ[types.Int]))
	for i := range sig.Params().Len() {
		params = append(params, sig.Params().At(i))
	}
	liftedDefers.Store(call, types.NewSignatureType(nil, nil, nil, types.NewTuple(params...), sig.Results(), sig.Variadic()))
}

// logLogger returns log.Logger of the package log: the type checker's
// where the script's files name it, or else a type of that name (the
// importer declares only what the files name), which pass deferframe
// spells as the type checker's.
func logLogger(log *types.Package) types.Type {
	if tn, ok := log.Scope().Lookup("Logger").(*types.TypeName); ok {
		return tn.Type()
	}
	return types.NewNamed(types.NewTypeName(token.NoPos, log, "Logger", nil), types.NewStruct(nil, nil), nil)
}

// scriptMethod reports whether a type that the package declares has a
// method of this name, its own or promoted, on the type or its pointer;
// true in a script of several packages.
func scriptMethod(p *Package, name string) bool {
	for _, s := range p.Script {
		if s != p.Types {
			return true // another package's types are not in view here
		}
	}
	for _, obj := range p.Info.Defs {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		if m, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), true, tn.Pkg(), name); m != nil {
			if _, ok := m.(*types.Func); ok {
				return true
			}
		}
	}
	return false
}

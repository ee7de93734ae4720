package rewrite

import (
	"go/ast"
	"go/constant"
	"go/types"
	"log"
	"sync"

	"github.com/socklab/socklab/runner/lift"
)

// A logger whose flags hold log.Lshortfile or log.Llongfile prints the
// file and line of the call that logs, which log learns from
// runtime.Caller: under the interpreter, a file of the interpreter's own.
// This pass turns each call of log's printing functions (log.Println) and
// of *log.Logger's printing methods (l.Println) into a call of lift's
// (lift.LogPrintln(l, "/path/main.go", 11, ...)) with the logger and the
// call's own file, as Go records it, and line; a helper's Output(2, s)
// logs at the line its call passes (see logsitehelper.go), and a local
// variable's call of one of log's functions at its own line (see
// logsitevalue.go). Where the flags may name the file, slog's logging
// functions and *slog.Logger's logging methods, which print through log's
// std logger while the handler is a default one, become calls of lift's
// the same way (lift.SlogInfo("/path/main.go", 11, "hi")). Where such a
// function is taken as a value otherwise, or log.Output names a caller's
// line the pass cannot hand it, the script is refused where its flags may
// name the file.

// logPrinters are the functions and *log.Logger methods that print a
// header with the caller's file and line.
var logPrinters = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"Print": true, "Printf": true, "Println": true,
		"Fatal": true, "Fatalf": true, "Fatalln": true,
		"Panic": true, "Panicf": true, "Panicln": true,
		"Output": true,
	}
})

// slogPrinters are slog's functions that log through the default logger,
// whose default handler prints the caller's file where log's flags ask.
var slogPrinters = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"Debug": true, "Info": true, "Warn": true, "Error": true, "Log": true, "LogAttrs": true,
		"DebugContext": true, "InfoContext": true, "WarnContext": true, "ErrorContext": true,
	}
})

// logFileFlags are the flags under which log prints the caller's file.
const logFileFlags = log.Lshortfile | log.Llongfile

func logSites(p *Package, f *ast.File, e *Editor) {
	var may *bool
	mayFiles := func() bool {
		if may == nil {
			v := mayLogFiles(p)
			may = &v
		}
		return *may
	}
	// A handler's AddSource names the file of slog's calls too (see
	// slogsource.go).
	addSource := mayAddSource(p)
	maySlog := func() bool { return addSource || mayFiles() }
	called := map[*ast.SelectorExpr]bool{}
	var helpers map[*types.Func]int
	var helperSites map[*ast.CallExpr]string
	var values map[*types.Var]siteValue
	if mayFiles() {
		helpers = siteHelpers(p)
		helperSites = liftHelpers(p, f, e, helpers)
		values = siteValues(p, f, e)
		for _, sv := range values {
			called[sv.sel] = true
		}
	}
	// A deferred call runs where the function returns, a go statement's
	// call at the start of its goroutine: Go names those lines.
	later := map[*ast.CallExpr]string{}
	var deferLines map[*ast.CallExpr]deferredLog
	exitVars := map[*ast.BlockStmt]string{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.DeferStmt:
			later[n.Call] = "defer"
		case *ast.GoStmt:
			later[n.Call] = "go"
		}
		call, ok := n.(*ast.CallExpr)
		if !ok || helperCall(p, f, e, call, helpers, helperSites) || valueCall(p, f, e, call, values) {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if logPrinter(p.Info, sel) == nil && (slogPrinter(p.Info, sel) == nil || !maySlog()) {
			return true
		}
		if stmt, ok := later[call]; ok {
			called[sel] = true
			slog := slogPrinter(p.Info, sel) != nil
			if stmt == "defer" && mayFiles() && !(slog && addSource) {
				if deferLines == nil {
					deferLines = deferredLogLines(p, f)
				}
				d := deferLines[call]
				site := ""
				switch {
				case d.line == eachReturn:
					site = exitSite(p, f, e, call, d.body, exitVars)
				case d.line != 0:
					site = deferredSite(p, f, call, d.line)
				}
				if site != "" && sel.Sel.Name != "Output" && liftLogCall(p, e, call, sel, site) {
					if pkgOf(p.Info, sel) != nil {
						noteLiftedDefer(p, call, sel)
						e.Later(func() { liftedDefers.Delete(call) }) // after pass deferframe's
					}
					return true
				}
			}
			if mayFiles() || slog && addSource {
				e.Refuse(call.Pos(), "%s %s(...) logs, with log.Lshortfile or log.Llongfile (or a handler's AddSource), a line Go finds where the call runs (where the function returns, or the goroutine's start), which socklab cannot find under the interpreter here (a go statement; or a function whose returns differ in the line Go names, with several returns or named results, or another deferred call that may recover): write %s func() { %s(...) }() to log the line of the call", stmt, types.ExprString(sel), stmt, types.ExprString(sel))
			}
			return true
		}
		site := callSite(p, f, call)
		if sel.Sel.Name == "Output" && calldepth(p.Info, call) != 1 {
			if site, ok = helperSites[call]; !ok {
				return true // refused below where the flags may name the file
			}
		}
		if liftLogCall(p, e, call, sel, site) {
			called[sel] = true
		}
		return true
	})
	ast.Inspect(f, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || called[sel] {
			return true
		}
		if slogPrinter(p.Info, sel) != nil && maySlog() {
			e.Refuse(sel.Sel.Pos(), "%s taken as a value (or in parentheses) logs, through slog's default handler, the interpreter's file and line under socklab where log's flags hold log.Lshortfile or log.Llongfile (or a handler's AddSource is set): call it directly where it logs, as %s(...)", types.ExprString(sel), types.ExprString(sel))
			return true
		}
		if fn, ok := p.Info.Uses[sel.Sel].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "log/slog" && fn.Name() == "NewLogLogger" && maySlog() {
			e.Refuse(sel.Sel.Pos(), "%s makes a *log.Logger that hands its handler the line of each call, which under socklab is a file of the interpreter's, and slog's default handler prints it where log's flags hold log.Lshortfile or log.Llongfile: log with slog's functions (slog.Warn(...)) where the flags name the file", types.ExprString(sel))
			return true
		}
		if logger := ifaceLogger(p, sel); logger != "" && (mayFiles() || addSource && logger == "*slog.Logger") {
			e.Refuse(sel.Sel.Pos(), "%s calls, through an interface that %s satisfies, a method that logs the interpreter's file and line under socklab where the value is a %s and log's flags hold log.Lshortfile or log.Llongfile: call the logger's own method where it logs", types.ExprString(sel), logger, logger)
			return true
		}
		fn := logPrinter(p.Info, sel)
		if fn == nil {
			return true
		}
		if !mayFiles() {
			return true
		}
		if fn.Name() == "Output" {
			e.Refuse(sel.Sel.Pos(), "%s with a calldepth other than 1, or taken as a value, names a line that socklab cannot find under the interpreter where the logger's flags hold log.Lshortfile or log.Llongfile: call Output(1, s) on the line to name, or Output(2, s) in a function (not a method) that the program only ever calls directly (Output(3, s) where such functions call it), or leave the file flags out", types.ExprString(sel))
			return true
		}
		e.Refuse(sel.Sel.Pos(), "%s taken as a value (or in parentheses) prints the interpreter's file and line under socklab where the logger's flags hold log.Lshortfile or log.Llongfile: call it directly where it logs, as %s(...)", types.ExprString(sel), types.ExprString(sel))
		return true
	})
}

// logPrinter returns the function or method of logPrinters that sel
// names, or nil.
func logPrinter(info *types.Info, sel *ast.SelectorExpr) *types.Func {
	fn, ok := info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "log" || !logPrinters()[fn.Name()] {
		return nil
	}
	if recv := fn.Signature().Recv(); recv != nil && !isLogLogger(recv.Type()) {
		return nil
	}
	return fn
}

// slogPrinter returns the function or *slog.Logger method of
// slogPrinters that sel names, or nil.
func slogPrinter(info *types.Info, sel *ast.SelectorExpr) *types.Func {
	fn, ok := info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "log/slog" || !slogPrinters()[fn.Name()] {
		return nil
	}
	if recv := fn.Signature().Recv(); recv != nil && !isLogger(recv.Type(), "log/slog") {
		return nil
	}
	return fn
}

// ifaceLogger returns "*log.Logger" or "*slog.Logger" where sel names a
// method of an interface (or a type parameter's) that the logger
// satisfies, and that logs the caller's line as the logger's own method
// of that name does; "" otherwise. The pass cannot lift such a call: the
// value's type is known only when it runs.
func ifaceLogger(p *Package, sel *ast.SelectorExpr) string {
	fn, ok := p.Info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Signature().Recv() == nil {
		return ""
	}
	iface, ok := fn.Signature().Recv().Type().Underlying().(*types.Interface)
	if !ok {
		return ""
	}
	for _, logger := range []struct {
		path, name string
		printers   map[string]bool
	}{{"log", "*log.Logger", logPrinters()}, {"log/slog", "*slog.Logger", slogPrinters()}} {
		if !logger.printers[fn.Name()] {
			continue
		}
		for _, imp := range p.Types.Imports() {
			if imp.Path() != logger.path {
				continue
			}
			if tn, ok := imp.Scope().Lookup("Logger").(*types.TypeName); ok && types.Implements(types.NewPointer(tn.Type()), iface) {
				return logger.name
			}
		}
	}
	return ""
}

// isLogLogger reports whether t is *log.Logger.
func isLogLogger(t types.Type) bool { return isLogger(t, "log") }

// isLogger reports whether t is a pointer to the Logger of the package
// at path, log's or slog's.
func isLogger(t types.Type, path string) bool {
	ptr, ok := t.(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := ptr.Elem().(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == path && named.Obj().Name() == "Logger"
}

// liftLogCall rewrites call, of the log or slog function or method sel,
// into a call of lift's that logs at site (the Go source of a file and a
// line), and reports whether it could.
func liftLogCall(p *Package, e *Editor, call *ast.CallExpr, sel *ast.SelectorExpr, site string) bool {
	if len(call.Args) > 0 {
		site += ", "
	}
	fn, loggerPkg := e.Import(lift.Package)+".Log"+sel.Sel.Name, "log"
	if slogPrinter(p.Info, sel) != nil {
		fn, loggerPkg = e.Import(lift.Package)+".Slog"+sel.Sel.Name, "log/slog"
		if pkgOf(p.Info, sel) != nil {
			// slog's functions log through slog.Default() as it is
			// when they run, which lift's look up then.
			e.Replace(sel.Pos(), sel.End(), fn)
			e.InsertLeadFirst(call.Lparen+1, site+e.lineAt(call.Lparen+1))
			return true
		}
		fn = e.Import(lift.Package) + ".SlogLogger" + sel.Sel.Name
	}
	if pkgOf(p.Info, sel) != nil {
		e.Replace(sel.Pos(), sel.End(), fn)
		e.InsertLeadFirst(call.Lparen+1, e.Text(sel.X.Pos(), sel.X.End())+".Default(), "+site+e.lineAt(call.Lparen+1))
		return true
	}
	amp, path, ok := loggerPath(p.Info, sel, loggerPkg)
	if !ok {
		return false
	}
	e.Insert(sel.X.Pos(), fn+"("+amp+e.lineAt(sel.X.Pos()))
	e.Replace(sel.X.End(), call.Lparen+1, path+", "+site+e.lineAt(call.Lparen+1))
	return true
}

// loggerPath returns how the logger whose method sel selects is reached
// from sel.X: amp is "&" where the logger is a value of type Logger
// (its method takes its address), path the fields of a promoted method
// (".Logger"). pkg is the logger's package path, log's or slog's.
func loggerPath(info *types.Info, sel *ast.SelectorExpr, pkg string) (amp, path string, ok bool) {
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal {
		return "", "", false
	}
	t := s.Recv()
	for _, i := range s.Index()[:len(s.Index())-1] {
		if ptr, ok := t.Underlying().(*types.Pointer); ok {
			t = ptr.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			return "", "", false
		}
		path += "." + st.Field(i).Name()
		t = st.Field(i).Type()
	}
	if !isLogger(t, pkg) {
		amp = "&"
	}
	return amp, path, true
}

// mayLogFiles reports whether the package's files may set a logger's
// flags to name the file: they name log.Lshortfile or log.Llongfile, or
// set flags (SetFlags, New) to a value that is not a constant, or to a
// constant that holds either.
func mayLogFiles(p *Package) bool {
	may := false
	for _, f := range p.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Ident:
				if c, ok := p.Info.Uses[n].(*types.Const); ok && c.Pkg() != nil && c.Pkg().Path() == "log" && (c.Name() == "Lshortfile" || c.Name() == "Llongfile") {
					may = true
				}
			case *ast.CallExpr:
				sel, ok := n.Fun.(*ast.SelectorExpr)
				if !ok {
					break
				}
				fn, ok := p.Info.Uses[sel.Sel].(*types.Func)
				if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "log" {
					break
				}
				var flags ast.Expr
				switch {
				case fn.Name() == "SetFlags" && len(n.Args) == 1:
					flags = n.Args[0]
				case fn.Name() == "New" && len(n.Args) == 3:
					flags = n.Args[2]
				default:
					return true
				}
				v := p.Info.Types[flags].Value
				if v == nil {
					may = true
				} else if i, ok := constant.Int64Val(constant.ToInt(v)); !ok || i&logFileFlags != 0 {
					may = true
				}
			case *ast.SelectorExpr:
				// A function value of SetFlags or New sets flags the
				// types cannot tell.
				if fn, ok := p.Info.Uses[n.Sel].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "log" && (fn.Name() == "SetFlags" || fn.Name() == "New") {
					if !isCalled(f, n) {
						may = true
					}
				}
			}
			return !may
		})
	}
	return may
}

// isCalled reports whether sel is the function of a call in f.
func isCalled(f *ast.File, sel *ast.SelectorExpr) bool {
	called := false
	ast.Inspect(f, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && call.Fun == ast.Expr(sel) {
			called = true
		}
		return !called
	})
	return called
}

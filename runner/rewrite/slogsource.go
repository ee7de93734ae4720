package rewrite

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strconv"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// A handler of slog's whose options set AddSource names the file, line
// and function of the call that logs, which under the interpreter are a
// frame of lift's or of the interpreter's. Where the package may set
// AddSource, this pass hands the options of each slog.NewTextHandler and
// slog.NewJSONHandler to lift.SlogSourceOptions, and declares, per file, a
// table of the function that holds each call of slog's logging functions
// and methods (main.main, main.(*Server).serve), which pass logsite turns
// into calls of lift's with their file and line (lift.SlogLoggerInfo):
//
//	h := slog.NewTextHandler(os.Stdout, opts)   =>   h := slog.NewTextHandler(os.Stdout, _sl1.SlogSourceOptions(opts))
//
// A call whose function Go names otherwise than its declaration (a
// function literal, whose name the compiler's inlining changes, a generic
// function, an init function) is refused, and so is a handler of the
// script's (it could hand a record to another goroutine, where lift does
// not know the call), a constructor taken as a value, and slog.SetDefault
// where log's flags may name the file (log's functions would log through
// the handler from lift's frames).

func slogSources(p *Package, f *ast.File, e *Editor) {
	if !mayAddSource(p) {
		return
	}
	file := p.Fset.Position(f.Package).Filename
	if path, ok := p.Paths[f]; ok {
		file = path
	}
	var lines, funcs []string
	later := map[*ast.CallExpr]bool{}
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		switch n := n.(type) {
		case *ast.DeferStmt:
			later[n.Call] = true
		case *ast.GoStmt:
			later[n.Call] = true
		case *ast.TypeSpec:
			if obj, ok := p.Info.Defs[n.Name].(*types.TypeName); ok && slogHandler(p, obj.Type()) {
				e.Refuse(n.Name.Pos(), "%s is a slog.Handler of the script's, and a handler whose options set AddSource names, under socklab, the site of a call only while it handles the record on the goroutine of the call, which a handler of the script's may not do: log through slog's own handlers where AddSource is set", n.Name.Name)
			}
		case *ast.SelectorExpr:
			fn, ok := p.Info.Uses[n.Sel].(*types.Func)
			if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "log/slog" || fn.Signature().Recv() != nil {
				return true
			}
			if fn.Name() == "SetDefault" && mayLogFiles(p) {
				// log's functions then log through the handler, which
				// takes the site of the call from log's own frames.
				e.Refuse(n.Sel.Pos(), "%s makes log's functions log through a handler whose AddSource, under socklab, names the interpreter's file and line where log's flags hold log.Lshortfile or log.Llongfile: leave the file flags out, or log with slog's functions alone", types.ExprString(n))
				return true
			}
			if fn.Name() != "NewTextHandler" && fn.Name() != "NewJSONHandler" {
				return true
			}
			call, ok := stack[len(stack)-1].(*ast.CallExpr)
			if !ok || call.Fun != ast.Expr(n) || len(call.Args) != 2 {
				e.Refuse(n.Sel.Pos(), "%s taken as a value makes a handler whose AddSource names, under socklab, the interpreter's file and line: call it directly, as %s(w, opts)", types.ExprString(n), types.ExprString(n))
				return true
			}
			opts := call.Args[1]
			e.Insert(opts.Pos(), e.Import(lift.Package)+".SlogSourceOptions(")
			e.Insert(opts.End(), ")")
		case *ast.CallExpr:
			sel, ok := n.Fun.(*ast.SelectorExpr)
			if !ok || slogPrinter(p.Info, sel) == nil || later[n] {
				return true
			}
			name, why := funcName(p, stack)
			if why != "" {
				e.Refuse(n.Pos(), "%s(...) in %s logs, where a handler's AddSource is set, the name of the function that holds it, which socklab cannot tell under the interpreter: log in a function declared with a name of its own (not generic), and call it here", types.ExprString(sel), why)
				return true
			}
			lines = append(lines, strconv.Itoa(p.Fset.Position(n.Lparen).Line))
			funcs = append(funcs, strconv.Quote(name))
		}
		return true
	})
	if len(lines) > 0 {
		e.Declare("var _ = " + e.Import(lift.Package) + ".SlogSourceFuncs(" + strconv.Quote(file) + ", []int{" + strings.Join(lines, ", ") + "}, []string{" + strings.Join(funcs, ", ") + "})")
	}
}

// funcName returns the name Go gives, in a source attribute, the function
// that holds the last node of stack, or why it cannot be told.
func funcName(p *Package, stack []ast.Node) (name, why string) {
	for i := len(stack) - 1; i >= 0; i-- {
		switch fn := stack[i].(type) {
		case *ast.FuncLit:
			return "", "a function literal"
		case *ast.FuncDecl:
			if fn.Type.TypeParams != nil {
				return "", "a generic function"
			}
			if fn.Recv == nil {
				if fn.Name.Name == "init" {
					return "", "an init function"
				}
				return p.Types.Path() + "." + fn.Name.Name, ""
			}
			recv := fn.Recv.List[0].Type
			star := false
			if s, ok := recv.(*ast.StarExpr); ok {
				recv, star = s.X, true
			}
			id, ok := recv.(*ast.Ident)
			if !ok {
				return "", "a method of a generic type"
			}
			if star {
				return p.Types.Path() + ".(*" + id.Name + ")." + fn.Name.Name, ""
			}
			return p.Types.Path() + "." + id.Name + "." + fn.Name.Name, ""
		}
	}
	return "", "a package variable's initialiser"
}

// slogHandler reports whether t, or a pointer to it, is a slog.Handler.
func slogHandler(p *Package, t types.Type) bool {
	if types.IsInterface(t) {
		return false
	}
	for _, imp := range p.Types.Imports() {
		if imp.Path() != "log/slog" {
			continue
		}
		h, ok := imp.Scope().Lookup("Handler").(*types.TypeName)
		if !ok {
			return false
		}
		iface, ok := h.Type().Underlying().(*types.Interface)
		return ok && (types.Implements(t, iface) || types.Implements(types.NewPointer(t), iface))
	}
	return false
}

// mayAddSource reports whether the package may set AddSource of
// slog.HandlerOptions: it names the field but as a constant false in a
// composite literal.
func mayAddSource(p *Package) bool {
	may := false
	for _, f := range p.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.KeyValueExpr:
				if key, ok := n.Key.(*ast.Ident); ok && addSourceField(p.Info.Uses[key]) {
					if v := p.Info.Types[n.Value].Value; v == nil || v.Kind() != constant.Bool || constant.BoolVal(v) {
						may = true
					}
					ast.Inspect(n.Value, func(m ast.Node) bool {
						if s, ok := m.(*ast.SelectorExpr); ok && addSourceField(p.Info.Uses[s.Sel]) {
							may = true
						}
						return !may
					})
					return false
				}
			case *ast.SelectorExpr:
				if addSourceField(p.Info.Uses[n.Sel]) {
					may = true
				}
			}
			return !may
		})
	}
	return may
}

// addSourceField reports whether obj is the field AddSource of
// slog.HandlerOptions.
func addSourceField(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && v.IsField() && v.Name() == "AddSource" && v.Pkg() != nil && v.Pkg().Path() == "log/slog"
}

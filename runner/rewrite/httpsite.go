package rewrite

import (
	"go/ast"
	"go/types"
	"path/filepath"
	"strconv"

	"github.com/socklab/socklab/runner/lift"
)

// A handler's second WriteHeader, or one on a hijacked connection, is
// logged by net/http naming the first function on the stack outside
// net/http (http: superfluous response.WriteHeader call from main.handler
// (main.go:14)), which under the interpreter is reflect's
// (reflect.Value.call (value.go:586)). This pass hands the response of
// such a call its site, the function as Go names it and the call's file
// and line, through lift.ResponseAt, which logs those calls with it:
//
//	w.WriteHeader(500)          =>   _sl.ResponseAt(w, "main.handler", "main.go", 14).WriteHeader(500)
//	http.Error(w, "boom", 500)  =>   http.Error(_sl.ResponseAt(w, "main.handler", "main.go", 19), "boom", 500)
//
// (http.NotFound and http.Redirect too). Only where Go's name for the
// function is known at compile time: a function or method declared with a
// name of its own, not generic, or a function literal directly in main;
// Go names a literal elsewhere after the functions the compiler inlines
// it into. Deferred calls and go statements are left as they are.
func httpSites(p *Package, f *ast.File, e *Editor) {
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 {
			return true
		}
		if len(stack) > 0 {
			switch s := stack[len(stack)-1].(type) {
			case *ast.DeferStmt:
				if s.Call == call {
					return true
				}
			case *ast.GoStmt:
				if s.Call == call {
					return true
				}
			}
		}
		w := responseOf(p, call)
		if w == nil {
			return true
		}
		fn := siteFunc(p, stack)
		if fn == "" {
			return true
		}
		pos := p.Fset.Position(call.Lparen)
		site := strconv.Quote(fn) + ", " + strconv.Quote(filepath.Base(pos.Filename)) + ", " + strconv.Itoa(pos.Line)
		e.Insert(w.Pos(), e.Import(lift.Package)+".ResponseAt("+e.lineAt(w.Pos()))
		e.Insert(w.End(), ", "+site+")"+e.lineAt(w.End()))
		return true
	})
}

// responseOf returns the http.ResponseWriter that call may write a
// header to as net/http logs it: the operand of WriteHeader called on an
// interface with http.ResponseWriter's method, or the first argument of
// http.Error, http.NotFound or http.Redirect; nil for other calls.
func responseOf(p *Package, call *ast.CallExpr) ast.Expr {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	fn, ok := p.Info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "net/http" {
		return nil
	}
	if pkgOf(p.Info, sel) != nil {
		switch fn.Name() {
		case "Error", "NotFound", "Redirect":
			return call.Args[0]
		}
		return nil
	}
	s := p.Info.Selections[sel]
	if fn.Name() != "WriteHeader" || s == nil || s.Kind() != types.MethodVal || len(s.Index()) != 1 || !types.IsInterface(s.Recv()) {
		return nil
	}
	return sel.X
}

// siteFunc returns the name Go gives the function that holds the last
// node of stack, where the compiler's inlining cannot change it, or "".
func siteFunc(p *Package, stack []ast.Node) string {
	for i := len(stack) - 1; i >= 0; i-- {
		switch n := stack[i].(type) {
		case *ast.RangeStmt:
			// The body of a range over a function is a function of its
			// own, which Go names after the one that holds the loop.
			if t, ok := p.Info.Types[n.X]; ok && t.Type != nil {
				if _, ok := t.Type.Underlying().(*types.Signature); ok {
					return ""
				}
			}
		case *ast.FuncDecl:
			name, why := funcName(p, stack[:i+1])
			if why != "" {
				return ""
			}
			return name
		case *ast.FuncLit:
			return literalInMain(p, stack[:i+1])
		}
	}
	return ""
}

// literalInMain returns the name Go gives the function literal that is
// the last node of stack if the function that holds it is main, by its
// place among the literals that main holds directly (main.main.func2);
// "" for a literal anywhere else.
func literalInMain(p *Package, stack []ast.Node) string {
	lit := stack[len(stack)-1].(*ast.FuncLit)
	var decl *ast.FuncDecl
	for i := len(stack) - 2; i >= 0 && decl == nil; i-- {
		switch n := stack[i].(type) {
		case *ast.FuncLit:
			return ""
		case *ast.FuncDecl:
			decl = n
		}
	}
	if decl == nil || decl.Recv != nil || decl.Name.Name != "main" || p.Types.Name() != "main" || decl.Body == nil {
		return ""
	}
	k := 0
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if l, ok := n.(*ast.FuncLit); ok {
			if k >= 0 {
				k++
			}
			if l == lit {
				k = -k
			}
			return false // a literal's own literals are numbered after it
		}
		return k >= 0
	})
	if k >= 0 {
		return ""
	}
	return p.Types.Path() + ".main.func" + strconv.Itoa(-k)
}

package rewrite

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"

	"github.com/socklab/socklab/runner/lift"
)

// runtime.Caller(0) returns the file and line of its call, which under the
// interpreter are the interpreter's own (reflect's value.go). Where its pc
// is left out (_, file, line, ok := runtime.Caller(0)), this pass hands
// the call's own file, as Go records it, and line to lift.Caller instead.
// runtime.Caller(1) so, directly in the body of main or of a function
// literal that a go statement starts, names the runtime's function that
// called it (runtime.main, runtime.goexit), which lift.CallerRoot finds
// at the bottom of the goroutine's stack, the same under the interpreter.
// runner/refuse refuses the other calls of runtime.Caller.

func callerSites(p *Package, f *ast.File, e *Editor) {
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Caller" {
			return true
		}
		if pn := pkgOf(p.Info, sel); pn == nil || pn.Imported().Path() != "runtime" || !LiftedCaller(p.Info, sel, stack) {
			return true
		}
		call := stack[len(stack)-1].(*ast.CallExpr)
		if v := p.Info.Types[call.Args[0]].Value; constant.Sign(v) != 0 {
			// runtime.Caller(1) in main or a goroutine's function: the
			// runtime's frame that called it.
			e.Insert(call.Pos(), e.Import(lift.Package)+".CallerRoot(")
			e.Replace(call.Lparen, call.End(), ")")
			return true
		}
		pos := p.Fset.Position(call.Lparen)
		file := pos.Filename
		if path, ok := p.Paths[f]; ok {
			file = path
		}
		// runtime.Caller stays in the text, as a value, so that the
		// file's import of runtime stays used.
		e.Insert(call.Pos(), e.Import(lift.Package)+".Caller(")
		e.Replace(call.Lparen, call.End(), ", "+strconv.Quote(file)+", "+strconv.Itoa(pos.Line)+")")
		return true
	})
}

// LiftedCaller reports whether sel, runtime.Caller in a file whose nodes
// from the root down to sel (not included) are stack, is called with the
// constant 0, or 1 directly in a function that only the runtime calls
// (see calledByRuntime), as the only value of an assignment of four whose
// first, the pc, is blank: _, file, line, ok := runtime.Caller(0). This
// pass lifts that form; runner/refuse refuses the others.
func LiftedCaller(info *types.Info, sel *ast.SelectorExpr, stack []ast.Node) bool {
	if len(stack) < 2 {
		return false
	}
	call, ok := stack[len(stack)-1].(*ast.CallExpr)
	if !ok || call.Fun != ast.Expr(sel) || len(call.Args) != 1 || call.Ellipsis != token.NoPos {
		return false
	}
	v := info.Types[call.Args[0]].Value
	if v == nil || v.Kind() != constant.Int {
		return false
	}
	if skip, ok := constant.Int64Val(v); !ok || skip > 1 || skip < 0 || skip == 1 && !calledByRuntime(info, stack) {
		return false
	}
	as, ok := stack[len(stack)-2].(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 4 || len(as.Rhs) != 1 || as.Rhs[0] != ast.Expr(call) {
		return false
	}
	pc, ok := as.Lhs[0].(*ast.Ident)
	return ok && pc.Name == "_"
}

// calledByRuntime reports whether the innermost function of stack is
// called by the runtime alone: main of package main, which the script
// never names (a call main() would be the script's), or a function literal
// that a go statement calls.
func calledByRuntime(info *types.Info, stack []ast.Node) bool {
	for i := len(stack) - 1; i >= 0; i-- {
		switch fn := stack[i].(type) {
		case *ast.FuncLit:
			if i < 2 {
				return false
			}
			call, ok := stack[i-1].(*ast.CallExpr)
			if !ok || call.Fun != ast.Expr(fn) {
				return false
			}
			g, ok := stack[i-2].(*ast.GoStmt)
			return ok && g.Call == call
		case *ast.FuncDecl:
			obj, ok := info.Defs[fn.Name].(*types.Func)
			if !ok || fn.Recv != nil || fn.Name.Name != "main" || obj.Pkg() == nil || obj.Pkg().Name() != "main" || obj.Parent() != obj.Pkg().Scope() {
				return false
			}
			for _, used := range info.Uses {
				if used == obj {
					return false
				}
			}
			return true
		}
	}
	return false
}

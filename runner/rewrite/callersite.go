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
// the call's own file, as Go records it, and line to lift.Caller instead;
// runner/refuse refuses the other calls of runtime.Caller.
func init() { register(Pass{Name: "callersite", Run: callerSites}) }

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
// constant 0 as the only value of an assignment of four whose first, the
// pc, is blank: _, file, line, ok := runtime.Caller(0). This pass lifts
// that form; runner/refuse refuses the others.
func LiftedCaller(info *types.Info, sel *ast.SelectorExpr, stack []ast.Node) bool {
	if len(stack) < 2 {
		return false
	}
	call, ok := stack[len(stack)-1].(*ast.CallExpr)
	if !ok || call.Fun != ast.Expr(sel) || len(call.Args) != 1 || call.Ellipsis != token.NoPos {
		return false
	}
	if v := info.Types[call.Args[0]].Value; v == nil || v.Kind() != constant.Int || constant.Sign(v) != 0 {
		return false
	}
	as, ok := stack[len(stack)-2].(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 4 || len(as.Rhs) != 1 || as.Rhs[0] != ast.Expr(call) {
		return false
	}
	pc, ok := as.Lhs[0].(*ast.Ident)
	return ok && pc.Name == "_"
}

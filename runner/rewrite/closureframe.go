package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// The interpreter holds a function's frame locked while it runs the
// function's deferred calls, and a function literal's value, when a call
// of it returns, locks the frame the literal was evaluated in. So a call,
// during a function's deferred calls, of a literal that the function
// evaluated waits for ever: done := func() {...}; defer done(), or a
// deferred call of a method that calls a literal kept in a field, or a
// goroutine the deferred calls wait for that calls one. In a function that
// defers, this pass evaluates each function literal in a frame of its own,
// a literal called on the spot that returns it; the literal still reads
// and writes the function's variables:
//
//	done := func(k int) { ... }   =>   done := func() func(k int) { return /*line :5:10*/func(k int) { ... } }()/*line :5:30*/
//
// Line directives keep the columns of the literal and of what follows it
// on the line the student's. A literal that is called where it stands
// (defer func() {...}(), go func() {...}(), func() {...}()) runs in a
// frame made for the call, and one handed straight to a function of Go's
// library is wrapped for it by the interpreter: neither locks the frame,
// and neither is rewritten. The edits are made once every other pass has
// made its own, and leave alone a literal in text that another pass
// replaced or put in a comment (pass savedargs moves such a deferred
// call's arguments into a literal of its own).
func init() { register(Pass{Name: "closureframe", Run: closureFrames}) }

func closureFrames(p *Package, f *ast.File, e *Editor) {
	var lits []*ast.FuncLit
	ast.Inspect(f, func(n ast.Node) bool {
		var body *ast.BlockStmt
		switch fn := n.(type) {
		case *ast.FuncDecl:
			body = fn.Body
		case *ast.FuncLit:
			body = fn.Body
		}
		if body == nil {
			return true
		}
		if defers, _ := ownDefers(body); len(defers) == 0 {
			return true
		}
		lits = append(lits, lockingLits(p, body)...)
		return true
	})
	if len(lits) == 0 {
		return
	}
	e.Later(func() {
		for _, lit := range lits {
			if e.covered(lit.Pos()) {
				continue
			}
			typ := e.Edited(lit.Type.Pos(), lit.Type.End())
			if !oneLine(typ) {
				var ok bool
				if typ, ok = typeName(p, f, p.Info.TypeOf(lit), false); !ok {
					continue
				}
			}
			start, end := p.Fset.Position(lit.Pos()), p.Fset.Position(lit.End())
			e.Insert(lit.Pos(), fmt.Sprintf("func() %s { return /*line :%d:%d*/", typ, start.Line, start.Column))
			e.InsertFirst(lit.End(), fmt.Sprintf(" }()/*line :%d:%d*/", end.Line, end.Column))
		}
	})
}

// lockingLits returns the function literals that body evaluates itself
// (not those inside the literals it holds) whose values lock its frame
// when a call of them returns: all but those called where they stand and
// those handed straight to a function of Go's library.
func lockingLits(p *Package, body *ast.BlockStmt) []*ast.FuncLit {
	var lits []*ast.FuncLit
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		lit, ok := n.(*ast.FuncLit)
		if !ok {
			stack = append(stack, n)
			return true
		}
		if !calledOrCompiled(p, lit, stack) {
			lits = append(lits, lit)
		}
		return false
	})
	return lits
}

// calledOrCompiled reports whether lit, under the nodes of stack, is
// called where it stands or is an argument of a call of a function of Go's
// library.
func calledOrCompiled(p *Package, lit *ast.FuncLit, stack []ast.Node) bool {
	var x ast.Node = lit
	i := len(stack) - 1
	for ; i >= 0; i-- {
		if _, ok := stack[i].(*ast.ParenExpr); !ok {
			break
		}
		x = stack[i]
	}
	if i < 0 {
		return false
	}
	call, ok := stack[i].(*ast.CallExpr)
	if !ok {
		return false
	}
	if call.Fun == x {
		return true
	}
	return compiledFunc(p, call.Fun)
}

// compiledFunc reports whether fun names a function of Go's library, or a
// method of a concrete type of it: one the interpreter calls compiled. A
// generic one is left out, since pass library may give the script a copy
// of its own.
func compiledFunc(p *Package, fun ast.Expr) bool {
	var id *ast.Ident
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	default:
		return false
	}
	fn, ok := p.Info.Uses[id].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg() == p.Types {
		return false
	}
	sig := fn.Type().(*types.Signature)
	return sig.TypeParams().Len() == 0 && sig.RecvTypeParams().Len() == 0 &&
		(sig.Recv() == nil || !types.IsInterface(sig.Recv().Type()))
}

// covered reports whether pos is in text that an edit replaced, or that
// an edit put in a comment, so that an insertion there would be lost or
// would end the comment.
func (e *Editor) covered(pos token.Pos) bool {
	off := e.file.Offset(pos)
	inComment := false
	for _, ed := range sortEdits(slices.Clone(e.edits)) {
		if ed.start > off {
			break
		}
		if ed.start < ed.end && off < ed.end {
			return true
		}
		if open, end := strings.LastIndex(ed.text, "/*"), strings.LastIndex(ed.text, "*/"); open > end {
			inComment = true
		} else if end >= 0 {
			inComment = false
		}
	}
	return inComment
}

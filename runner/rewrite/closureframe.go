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
// A function literal made in a loop (or in a function that jumps back with
// goto) is evaluated again and again in the same slot of its function's
// frame, and a call of one value of it, when it returns, puts back in that
// slot what was there before: where a goroutine calls it as the loop goes
// on (f := func() {...}; go f()), the loop may take an earlier iteration's
// value for the next one. So this pass makes such a literal in a frame of
// its own too, where nothing else runs.
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

func closureFrames(p *Package, f *ast.File, e *Editor) {
	lits := lockingLits(p, f)
	if len(lits) == 0 {
		return
	}
	e.Later(func() {
		others := sortEdits(slices.Clone(e.edits))
		for _, lit := range lits {
			if hidden(others, e.file.Offset(lit.Pos())) {
				continue
			}
			// What other passes insert where the literal starts (a
			// conversion written around it, pass funcargs) belongs to the
			// expression, not to its type: the type's text starts after
			// the keyword func.
			typ := "func" + e.Edited(lit.Type.Params.Pos(), lit.Type.End())
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

// lockingLits returns the function literals of f that a function which
// defers, or makes them in a loop, evaluates itself (not inside a literal
// it holds) and whose values touch its frame when a call of them returns:
// all but those called where they stand and those handed straight to a
// function of Go's library.
func lockingLits(p *Package, f *ast.File) []*ast.FuncLit {
	type function struct {
		node   ast.Node
		defers bool // or jumps with goto
		lits   []*ast.FuncLit
	}
	var lits []*ast.FuncLit
	var funcs []function
	var stack []ast.Node
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if last := len(funcs) - 1; last >= 0 && funcs[last].node == top {
				if funcs[last].defers {
					lits = append(lits, funcs[last].lits...)
				}
				funcs = funcs[:last]
			}
			return true
		}
		switch x := n.(type) {
		case *ast.FuncDecl:
			funcs = append(funcs, function{node: x})
		case *ast.FuncLit:
			if last := len(funcs) - 1; last >= 0 && !calledOrCompiled(p, x, stack) {
				if inLoop(x, stack) {
					if !forCompiled(p, x, stack) { // pass funcvalues makes those
						lits = append(lits, x)
					}
				} else {
					funcs[last].lits = append(funcs[last].lits, x)
				}
			}
			funcs = append(funcs, function{node: x})
		case *ast.DeferStmt:
			if last := len(funcs) - 1; last >= 0 {
				funcs[last].defers = true
			}
		case *ast.BranchStmt:
			if last := len(funcs) - 1; last >= 0 && x.Tok == token.GOTO {
				funcs[last].defers = true
			}
		}
		stack = append(stack, n)
		return true
	})
	return lits
}

// inLoop reports whether lit, under the nodes of stack, is in the body of
// a loop of the function it is in.
func inLoop(lit *ast.FuncLit, stack []ast.Node) bool {
	for i := len(stack) - 1; i >= 0; i-- {
		switch s := stack[i].(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return false
		case *ast.ForStmt:
			if within(lit.Pos(), s.Body) {
				return true
			}
		case *ast.RangeStmt:
			if within(lit.Pos(), s.Body) {
				return true
			}
		}
	}
	return false
}

// forCompiled reports whether lit, under the nodes of stack, is handed
// straight to compiled code (see handedToCompiled).
func forCompiled(p *Package, lit *ast.FuncLit, stack []ast.Node) bool {
	for i := len(stack) - 1; i >= 0; i-- {
		switch stack[i].(type) {
		case *ast.ParenExpr, *ast.KeyValueExpr:
			continue
		}
		return slices.Contains(handedToCompiled(p, stack[i], stack[:i+1]), lit)
	}
	return false
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
	fn := funcNamed(p, fun)
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == p.Types {
		return false
	}
	sig := fn.Type().(*types.Signature)
	return sig.TypeParams().Len() == 0 && sig.RecvTypeParams().Len() == 0 &&
		(sig.Recv() == nil || !types.IsInterface(sig.Recv().Type()))
}

// hidden reports whether offset off is in text that one of edits (in
// order) replaced, or put in a comment, so that an insertion there would
// be lost or would end the comment.
func hidden(edits []edit, off int) bool {
	inComment := false
	for _, ed := range edits {
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

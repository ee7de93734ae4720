package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
)

// The interpreter makes the code of a function literal as soon as it has
// read the literal, while it is still reading the function around it, and
// a function of the script handed from there to compiled code as a value
// (strings.Map(shout, s), mux.HandleFunc(p, handle), time.AfterFunc(d,
// s.tick)) becomes a compiled function that starts where the function's
// body started then. For a function or method declared later in the file,
// or for the one around the literal itself, the body has no code yet: the
// compiled function does nothing and returns zero values. Through a
// variable the interpreter finds the function's code when the value is
// called. This pass hands each such value through the parameter of a
// function literal called at once, which returns it:
//
//	strings.Map(shout, s)   =>   strings.Map(func(_fn1 func(rune) rune) func(rune) rune { return _fn1 }(/*line :5:15*/shout)/*line :5:20*/, s)
//
// It takes a top-level function of the file (an instance of a generic one
// too) and a method value of a type the script declares, used as a value
// and not called, or called by a defer statement (whose deferred call did
// nothing: defer closeFile(f) => defer func(_fn1 func(*os.File))
// func(*os.File) { return _fn1 }(closeFile)(f)), inside a function literal, where the function is
// declared at or after the start of the declaration that holds the
// literal, or in another file. A value that := or var gives a variable of
// its own type is left to pass declfuncs, which hands it on the same way. Method
// expressions, and the method values that pass methodfuncs writes as
// literals that call the method (it runs first), are left to it.

func pendingFuncs(p *Package, f *ast.File, e *Editor) {
	file := p.Fset.File(f.Pos())
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		x, ok := n.(ast.Expr)
		if !ok || len(stack) < 2 || !inFuncLit(stack) {
			return true
		}
		if sel, ok := stack[len(stack)-1].(*ast.SelectorExpr); ok && sel.Sel == x {
			return true // the method's name in T.M or x.M
		}
		fn := laterTarget(p, x)
		if fn == nil {
			return true
		}
		decl := stack[1] // the top-level declaration, under the file
		if p.Fset.File(fn.Pos()) == file && fn.Pos() < decl.Pos() {
			return false
		}
		deferred := deferredCallee(x, stack)
		if !deferred && !handedOn(x, stack) {
			return false
		}
		typ, ok := typeName(p, f, p.Info.TypeOf(x), false)
		if !ok || !oneLine(typ) {
			e.Refuse(x.Pos(), "the interpreter runs %s, declared after this function literal, as a function that does nothing here, and its type has no spelling here: declare %s before the function literal, or put it in a variable first (h := %s)", types.ExprString(x), fn.Name(), types.ExprString(x))
			return false
		}
		if replaced(e, x.Pos(), x.End()) {
			return false
		}
		name := e.Name("fn")
		open := "func(" + name + " " + typ + ") " + typ + " { return " + name + " }(" + directive(p, x.Pos())
		if deferred {
			// Inside what pass deferframe wraps the deferred function in.
			e.InsertLast(x.Pos(), open)
		} else {
			e.Insert(x.Pos(), open)
		}
		e.InsertFirst(x.End(), ")"+directive(p, x.End()))
		return false
	})
}

// inFuncLit reports whether a function literal is on stack.
func inFuncLit(stack []ast.Node) bool {
	for _, n := range stack {
		if _, ok := n.(*ast.FuncLit); ok {
			return true
		}
	}
	return false
}

// laterTarget returns the function x names as a value: a top-level
// function of the script's package, an instance of a generic one, or the
// method of a method value of a type the script declares; nil for any
// other expression.
func laterTarget(p *Package, x ast.Expr) *types.Func {
	var obj types.Object
	switch x := x.(type) {
	case *ast.Ident:
		obj = p.Info.Uses[x]
	case *ast.IndexExpr:
		if id, ok := x.X.(*ast.Ident); ok {
			obj = p.Info.Uses[id]
		}
	case *ast.IndexListExpr:
		if id, ok := x.X.(*ast.Ident); ok {
			obj = p.Info.Uses[id]
		}
	case *ast.SelectorExpr:
		s := p.Info.Selections[x]
		if s == nil || s.Kind() != types.MethodVal || types.IsInterface(s.Recv()) {
			return nil
		}
		obj = s.Obj()
	}
	fn, ok := obj.(*types.Func)
	if !ok || fn.Pkg() != p.Types {
		return nil
	}
	fn = fn.Origin()
	if fn.Parent() != p.Types.Scope() && fn.Signature().Recv() == nil {
		return nil
	}
	return fn
}

// handedOn reports whether x, on top of stack, is a function value that
// goes elsewhere than a call of it or a variable of its own type that :=
// or var declares.
func handedOn(x ast.Expr, stack []ast.Node) bool {
	parent := stack[len(stack)-1]
	for i := len(stack) - 1; i > 0; i-- {
		if _, ok := stack[i].(*ast.ParenExpr); !ok {
			parent = stack[i]
			break
		}
	}
	switch parent := parent.(type) {
	case *ast.CallExpr:
		return ast.Unparen(parent.Fun) != x
	case *ast.IndexExpr, *ast.IndexListExpr:
		return false // the generic function an instance names: the instance is x
	case *ast.AssignStmt:
		return parent.Tok != token.DEFINE
	case *ast.ValueSpec:
		return parent.Type != nil
	}
	return true
}

// deferredCallee reports whether x, on top of stack, is the function that
// a defer statement calls (defer closeFile(f), defer c.close()): the
// interpreter takes the function's value at the defer statement, and the
// deferred call of one without code yet did nothing.
func deferredCallee(x ast.Expr, stack []ast.Node) bool {
	for i := len(stack) - 1; i > 0; i-- {
		if _, ok := stack[i].(*ast.ParenExpr); ok {
			continue
		}
		call, ok := stack[i].(*ast.CallExpr)
		if !ok || ast.Unparen(call.Fun) != x {
			return false
		}
		d, ok := stack[i-1].(*ast.DeferStmt)
		return ok && d.Call == call
	}
	return false
}

// replaced reports whether an edit made so far replaces the whole text
// from pos up to end, as pass methodfuncs replaces a method value.
func replaced(e *Editor, pos, end token.Pos) bool {
	start, stop := e.file.Offset(pos), e.file.Offset(end)
	for _, ed := range e.edits {
		if ed.start < ed.end && ed.start <= start && ed.end >= stop {
			return true
		}
	}
	return false
}

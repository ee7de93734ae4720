package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strconv"
	"strings"
)

// iter.Pull and iter.Pull2 (Go 1.23) turn a sequence into a pair of
// functions, next and stop. Go runs the sequence in a coroutine: next
// switches to it until it yields a value or ends, stop makes its yield
// return false and switches to it until it ends. The interpreter has no
// iter package; the library pass writes each call out as a plain function
// for its types whose body runs the sequence in a goroutine, started at
// the call as Go starts its coroutine, with one unbuffered channel as the
// switch: who hands over sends on it, then waits on it. The body keeps
// the flags of Go's own, in its order, so that whatever a program can see
// is Go's: values one at a time, then zero values and false; the sequence
// not called at all when stop comes first; the yield after stop returning
// false as long as the sequence goes on; a panic of the sequence (or its
// runtime.Goexit) raised again, with the same value, in the caller of next
// or stop; Go's panics for next called again from inside the sequence and
// for a yield called outside it; stop called inside the sequence handing
// back to next as Go's coroutine switch does. The goroutine ends when the
// sequence does, on exhaustion or at stop; a program that ends while one
// waits ends as Go's does.
//
// The interpreter holds a function's frame locked while it runs the
// function's deferred calls, and a function literal, when it returns,
// locks the frame it was made in: a deferred stop() would wait for ever on
// a sequence written as a literal of the same function. So a literal
// handed to Pull (directly, or through a variable of the function) is made
// in a frame of its own, a function called on the spot that returns it;
// line directives keep the columns of the code around it.
//
// Calls of next or stop from several goroutines at once are an error, a
// data race, under Go as here: what follows is not Go's to fix either.
//
// runtime.NumGoroutine counts that goroutine as Go counts the coroutine,
// but it ends a moment after next or stop returns, where Go's coroutine
// has ended before: this pass refuses NumGoroutine in a package that
// pulls.
func init() { register(Pass{Name: "pull", Run: pullGoroutines}) }

// pullBody returns the body of the function that stands for fn, which
// pulls values of the given types: a0 is the sequence, {lift} the name of
// runner/lift, whose Recovered gives the value a panic carried, and whose
// Goexiting tells a runtime.Goexit from a panic(nil), both of which the
// interpreter's recover returns as nil.
func pullBody(fn string, types ...string) string {
	var vars, yields, sets, zeros, zeroVals, gets []string
	for i, t := range types {
		n := string(rune('0' + i))
		vars = append(vars, "var pullV"+n+" "+t)
		yields = append(yields, "pullY"+n+" "+t)
		sets = append(sets, "pullV"+n)
		zeros = append(zeros, "var pullZ"+n+" "+t)
		zeroVals = append(zeroVals, "pullZ"+n)
		gets = append(gets, "pullY"+n)
	}
	lines := []string{"{"}
	lines = append(lines, vars...)
	lines = append(lines,
		"var pullOK, pullDone, pullYieldNext, pullSeqDone, pullGoexit bool",
		"var pullPanic any",
		"pullC := make(chan struct{})",
		"go func() {",
		"<-pullC",
		"if pullDone { pullC <- struct{}{}; return }", // stopped before the first next: the sequence never runs
		"defer func() {",
		"if pullP := {lift}.Recovered(recover()); pullP != nil { pullPanic = pullP } else if !pullSeqDone { if {lift}.Goexiting() { pullGoexit = true } else { pullPanic = {lift}.PanicNil() } }",
		"pullDone = true",
		"pullC <- struct{}{}",
		"}()",
		"a0(func("+strings.Join(yields, ", ")+") bool {",
		"if pullDone { return false }",
		`if !pullYieldNext { panic("`+fn+`: yield called again before next") }`,
		"pullYieldNext = false",
		strings.Join(sets, ", ")+", pullOK = "+strings.Join(gets, ", ")+", true",
		"pullC <- struct{}{}",
		"<-pullC",
		"return !pullDone",
		"})",
	)
	lines = append(lines, zeros...)
	lines = append(lines,
		strings.Join(sets, ", ")+", pullOK = "+strings.Join(zeroVals, ", ")+", false",
		"pullSeqDone = true",
		"}()",
		"pullNext := func() ("+strings.Join(types, ", ")+", bool) {",
		"if pullDone { "+strings.Join(zeros, "; ")+"; return "+strings.Join(zeroVals, ", ")+", false }",
		`if pullYieldNext { panic("`+fn+`: next called again before yield") }`,
		"pullYieldNext = true",
		"pullC <- struct{}{}",
		"<-pullC",
		"if pullPanic != nil { panic(pullPanic) }",
		"if pullGoexit { {lift}.Goexit() }",
		"return "+strings.Join(sets, ", ")+", pullOK",
		"}",
		"pullStop := func() {",
		"if !pullDone {",
		"pullDone = true",
		"pullC <- struct{}{}",
		"<-pullC",
		"if pullPanic != nil { panic(pullPanic) }",
		"if pullGoexit { {lift}.Goexit() }",
		"}",
		"}",
		"return pullNext, pullStop",
		"}",
	)
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			if strings.HasSuffix(lines[i-1], "{") {
				b.WriteString(" ")
			} else {
				b.WriteString("; ")
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

// pullGoroutines makes the sequences of f's pulls that are function
// literals in frames of their own, and refuses runtime.NumGoroutine in f
// where the package calls iter.Pull or iter.Pull2.
func pullGoroutines(p *Package, f *ast.File, e *Editor) {
	if imports(f, "iter") {
		pullLiterals(p, f, e)
	}
	if !imports(f, "runtime") {
		return
	}
	counts := libraryUses(p, f, "runtime", "NumGoroutine")
	if len(counts) == 0 {
		return
	}
	for _, pf := range p.Files {
		if !imports(pf, "iter") {
			continue
		}
		if pulls := libraryUses(p, pf, "iter", "Pull", "Pull2"); len(pulls) > 0 {
			for _, sel := range counts {
				e.Refuse(sel.Pos(), "runtime.NumGoroutine counts the goroutine in which socklab runs the sequence of iter.%s (%s), and that goroutine ends a moment after next or stop returns, where Go's coroutine has ended before: count the goroutines the program starts itself (a sync.WaitGroup or an atomic counter)", pulls[0].Sel.Name, p.Fset.Position(pulls[0].Pos()))
			}
			return
		}
	}
}

// libraryUses returns the selectors of f that name one of the functions
// of the library package path.
func libraryUses(p *Package, f *ast.File, path string, names ...string) []*ast.SelectorExpr {
	var uses []*ast.SelectorExpr
	ast.Inspect(f, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if fn, ok := p.Info.Uses[sel.Sel].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == path && slices.Contains(names, fn.Name()) {
			uses = append(uses, sel)
		}
		return true
	})
	return uses
}

// imports reports whether f imports the package path.
func imports(f *ast.File, path string) bool {
	for _, imp := range f.Imports {
		if imp.Path.Value == strconv.Quote(path) {
			return true
		}
	}
	return false
}

// pullLiterals makes each function literal that f hands to iter.Pull or
// iter.Pull2, directly or through a local variable, in a frame of its own:
// func() T { return LIT }().
func pullLiterals(p *Package, f *ast.File, e *Editor) {
	lits := map[*ast.FuncLit]bool{}
	vars := map[*types.Var]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || !isPull(p, call.Fun) {
			return true
		}
		switch arg := seqValue(p, call.Args[0]).(type) {
		case *ast.FuncLit:
			lits[arg] = true
		case *ast.Ident:
			if v, ok := p.Info.Uses[arg].(*types.Var); ok && v.Parent() != nil && v.Parent() != p.Types.Scope() {
				vars[v] = true
			}
		}
		return true
	})
	if len(vars) > 0 {
		given := func(id ast.Expr, value ast.Expr) {
			name, ok := id.(*ast.Ident)
			if !ok {
				return
			}
			obj := p.Info.ObjectOf(name)
			if v, ok := obj.(*types.Var); ok && vars[v] {
				if lit, ok := seqValue(p, value).(*ast.FuncLit); ok {
					lits[lit] = true
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i := range n.Lhs {
						given(n.Lhs[i], n.Rhs[i])
					}
				}
			case *ast.ValueSpec:
				if len(n.Names) == len(n.Values) {
					for i := range n.Names {
						given(n.Names[i], n.Values[i])
					}
				}
			}
			return true
		})
	}
	for lit := range lits {
		t, ok := typeName(p, f, p.Info.TypeOf(lit), false)
		if !ok {
			e.Refuse(lit.Pos(), "socklab cannot name the type of this sequence, which it must make in a frame of its own for iter.Pull: declare the sequence as a function at the top level")
			continue
		}
		start, end := p.Fset.Position(lit.Pos()), p.Fset.Position(lit.End())
		e.Insert(lit.Pos(), fmt.Sprintf("func() %s { return /*line :%d:%d*/", t, start.Line, start.Column))
		e.Insert(lit.End(), fmt.Sprintf(" }()/*line :%d:%d*/", end.Line, end.Column))
	}
}

// isPull reports whether fun, a call's function, is iter.Pull or
// iter.Pull2, instantiated or not.
func isPull(p *Package, fun ast.Expr) bool {
	fun = ast.Unparen(fun)
	if ix, ok := fun.(*ast.IndexExpr); ok {
		fun = ix.X
	} else if ix, ok := fun.(*ast.IndexListExpr); ok {
		fun = ix.X
	}
	sel, ok := ast.Unparen(fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	fn, ok := p.Info.Uses[sel.Sel].(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == "iter" && (fn.Name() == "Pull" || fn.Name() == "Pull2")
}

// seqValue returns x without parentheses and conversions (iter.Seq[int](f)).
func seqValue(p *Package, x ast.Expr) ast.Expr {
	for {
		x = ast.Unparen(x)
		call, ok := x.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || !p.Info.Types[call.Fun].IsType() {
			return x
		}
		x = call.Args[0]
	}
}

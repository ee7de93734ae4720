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
// A deferred stop() that ends a sequence written as a function literal of
// the same function would wait for ever on the frame the interpreter holds
// locked while it runs the deferred calls; pass closureframe makes such a
// literal in a frame of its own (iter.Pull, generic, is no compiled
// function of Go's library to it).
//
// Calls of next or stop from several goroutines at once are an error, a
// data race, under Go as here: what follows is not Go's to fix either.
//
// runtime.NumGoroutine counts that goroutine as Go counts the coroutine,
// but it ends a moment after next or stop returns, where Go's coroutine
// has ended before: this pass refuses NumGoroutine in a package that
// pulls.

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

// pullGoroutines refuses, in f, the functions of runtime whose result
// depends on where the sequence of iter.Pull or iter.Pull2 runs, where the
// package pulls.
func pullGoroutines(p *Package, f *ast.File, e *Editor) {
	if !imports(f, "runtime") {
		return
	}
	uses := libraryUses(p, f, "runtime", "NumGoroutine", "LockOSThread")
	if len(uses) == 0 {
		return
	}
	for _, pf := range p.Files {
		if !imports(pf, "iter") {
			continue
		}
		pulls := libraryUses(p, pf, "iter", "Pull", "Pull2")
		if len(pulls) == 0 {
			continue
		}
		pull := fmt.Sprintf("iter.%s (%s)", pulls[0].Sel.Name, p.Fset.Position(pulls[0].Pos()))
		for _, sel := range uses {
			if sel.Sel.Name == "NumGoroutine" {
				e.Refuse(sel.Pos(), "runtime.NumGoroutine counts the goroutine in which socklab runs the sequence of %s, and that goroutine ends a moment after next or stop returns, where Go's coroutine has ended before: count the goroutines the program starts itself (a sync.WaitGroup or an atomic counter)", pull)
			} else {
				e.Refuse(sel.Pos(), "Go runs the sequence of %s on the thread of a goroutine that called runtime.LockOSThread, and ends the program when next or stop is called from a goroutine locked otherwise; socklab runs the sequence in a goroutine of its own: leave out runtime.LockOSThread, or the pull", pull)
			}
		}
		return
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

package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/socklab/socklab/runner/lift"
)

// Since Go 1.23 a loop may range over a function, an iterator: for x :=
// range seq { body } calls seq with a yield function whose each call runs
// the body. The interpreter lacks it; this pass writes the call, on the
// lines the loop has:
//
//	for x := range seq {        =>   seq(func(x T) bool {
//		if x == 0 { continue }  =>   	if x == 0 { return true }
//		if x > 9 { break }      =>   	if x > 9 { return false }
//	}                           =>   return true })
//
// A return, a branch to a loop outside or a goto out of the body leaves
// the yield function with false and a code in a variable declared before
// the loop, and the code after the call does what the statement said.
//
// Go checks each call of yield against the loop's state: a sequence that
// calls yield once the body has returned false (it ignores yield's
// result), once the loop is over, or once the body panicked, panics with
// a runtime error, and so does one that recovers the body's panic and
// returns. The yield function keeps that state in a variable declared
// before the loop (the body's run marks it panicked until it returns),
// and hands it to lift.RangeFuncState, which raises Go's error; the code
// after the call checks it with lift.RangeFuncRecovered.

func rangeFunc(p *Package, f *ast.File, e *Editor) {
	rf := &rangeFuncs{p: p, f: f, e: e}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Body != nil {
				rf.walk(d.Body, p.Info.Defs[d.Name].Type().(*types.Signature))
			}
		case *ast.GenDecl: // function literals of package-level variables
			ast.Inspect(d, func(n ast.Node) bool {
				if lit, ok := n.(*ast.FuncLit); ok {
					rf.walkLit(lit)
					return false
				}
				return true
			})
		}
	}
}

// rangeFuncs rewrites the range-over-func loops of one function.
type rangeFuncs struct {
	p *Package
	f *ast.File
	e *Editor
}

// frame is a range-over-func loop being rewritten.
type frame struct {
	loop  *ast.RangeStmt
	label string
	outer *frame // the enclosing range-over-func loop in the same function
	vars  *exitVars
	state string // the variable of the loop's state (see lift.RangeFuncState)
}

// The states of a loop over a function, as lift.RangeFuncState reads them.
const (
	rangeDone     = "1" // the body returned false
	rangeExited   = "2" // the call of the sequence has returned
	rangePanicked = "3" // the body runs: it panicked, where the state stays
)

// labelled reports whether label is the label of fr or of a loop over a
// function around it.
func (fr *frame) labelled(label string) bool {
	for ; fr != nil; fr = fr.outer {
		if fr.label == label {
			return true
		}
	}
	return false
}

// stop is what the body writes to return false from the yield function
// of fr: the state that Go checks at a next call of yield, and the return.
func (fr *frame) stop() string { return fr.state + " = " + rangeDone + "; return false" }

// next is what the body writes to return true from the yield function of
// fr: the state that lets yield run again.
func (fr *frame) next() string { return fr.state + " = 0; return true" }

// exitVars are the variables an outermost loop declares for its exits.
type exitVars struct {
	code    string
	results []string
	types   []string // the results' types, as the file names them
	next    int
}

// walk finds the range-over-func loops under n, in a function of
// signature sig.
func (r *rangeFuncs) walk(n ast.Node, sig *types.Signature) {
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.FuncLit:
			r.walkLit(m)
			return false
		case *ast.RangeStmt:
			if m == n || rangeOver(r.p, m) != "func" {
				return true
			}
			r.loop(m, sig, nil)
			return false
		}
		return true
	})
}

// loop rewrites one range-over-func loop and returns its exits to targets
// outside it.
func (r *rangeFuncs) loop(loop *ast.RangeStmt, sig *types.Signature, outer *frame) []exitOut {
	p, e := r.p, r.e
	fr := &frame{loop: loop, outer: outer}
	// A label of the loop stays, on the declarations before the call: the
	// body's break and continue to it leave the yield function, and a goto
	// to it runs the loop again, as in Go (the interpreter accepts a label
	// that nothing uses).
	if l := labelOf(r.f, loop); l != nil {
		fr.label = l.Label.Name
	}
	start := token.Pos(loop.For)
	fr.state = e.Name("state")
	decl := "var " + fr.state + " int; "
	if outer == nil {
		fr.vars = &exitVars{code: e.Name("exit")}
		decl += "var " + fr.vars.code + " int; "
		for i := range sig.Results().Len() {
			name, ok := typeName(p, r.f, sig.Results().At(i).Type(), false)
			if !ok {
				e.Refuse(loop.For, "range over a function in a function whose results this file cannot name")
				return nil
			}
			v := e.Name("result")
			fr.vars.results = append(fr.vars.results, v)
			fr.vars.types = append(fr.vars.types, name)
			decl += "var " + v + " " + name + "; "
		}
	} else {
		fr.vars = outer.vars
	}
	e.Insert(start, decl)

	// The header: for k, v := range X {  =>  X(func(k K, v V) bool {
	yield := p.Info.TypeOf(loop.X).Underlying().(*types.Signature).Params().At(0).Type().Underlying().(*types.Signature)
	var params, assign []string
	for i, x := range []ast.Expr{loop.Key, loop.Value} {
		if i >= yield.Params().Len() {
			break
		}
		tn, ok := typeName(p, r.f, yield.Params().At(i).Type(), false)
		if !ok {
			e.Refuse(loop.X.Pos(), "range over a function whose values this file cannot name: call it with a function literal")
			return nil
		}
		switch {
		case x == nil || isBlank(x):
			params = append(params, "_ "+tn)
		case loop.Tok == token.DEFINE:
			params = append(params, e.Text(x.Pos(), x.End())+" "+tn)
		default:
			v := e.Name("v")
			params = append(params, v+" "+tn)
			assign = append(assign, e.Text(x.Pos(), x.End())+" = "+v+";")
		}
	}
	e.Replace(loop.For, loop.X.Pos(), "")
	e.Insert(loop.X.End(), "(func("+strings.Join(params, ", ")+") bool")
	check := " if " + fr.state + " != 0 { " + e.Import(lift.Package) + ".RangeFuncState(" + fr.state + ") }; " + fr.state + " = " + rangePanicked + ";"
	e.Insert(loop.Body.Lbrace+1, check+prefixed(" ", assign))
	if loop.Tok == token.DEFINE {
		blockIfRedeclared(e, loop.Body, loop.Key, loop.Value) // the parameters' block
	}

	// The body's exits: those of nested loops over functions that leave
	// them for a target outside come back through their calls.
	var after []string // what the code after the call does, by exit
	var out []exitOut  // exits to a target outside this loop
	leave := func(x exitOut) string {
		action, propagates := r.action(fr, x)
		after = append(after, fmt.Sprintf("if %s == %d { %s }", fr.vars.code, x.code, action))
		if propagates {
			out = append(out, x)
		}
		return fmt.Sprintf("%s = %d; %s", fr.vars.code, x.code, fr.stop())
	}
	r.exits(loop.Body, fr, func(s ast.Stmt, ours bool) {
		switch s := s.(type) {
		case *ast.DeferStmt:
			e.Refuse(s.Pos(), "defer inside a loop over a function runs when its function returns in Go, not the interpreter's: move it into a function of its own")
		case *ast.BranchStmt:
			switch {
			case s.Tok == token.GOTO && fr.labelled(s.Label.Name):
				e.Refuse(s.Pos(), "goto to the label of a loop over a function, from inside it: use continue or break")
			case ours && s.Tok == token.CONTINUE:
				e.Replace(s.Pos(), s.End(), "{ "+fr.next()+" }")
			case ours && s.Tok == token.BREAK:
				e.Replace(s.Pos(), s.End(), "{ "+fr.stop()+" }")
			default: // a branch to a loop outside, a goto out of the loop
				fr.vars.next++
				x := exitOut{code: fr.vars.next, branch: s.Tok.String() + " " + s.Label.Name, label: s.Label.Name}
				e.Replace(s.Pos(), s.End(), "{ "+leave(x)+" }")
			}
		case *ast.ReturnStmt:
			fr.vars.next++
			x := exitOut{code: fr.vars.next, isReturn: true, values: len(s.Results) > 0}
			if !x.values {
				e.Replace(s.Pos(), s.End(), "{ "+leave(x)+" }")
				return
			}
			// The values go to the result variables as a return of their
			// types would give them: the interpreter's assignment of
			// several values gets nil and interfaces wrong (see
			// tupleiface.go).
			// One value goes in parentheses: a struct literal assigned
			// as it is would not reach the variable (see capturedlit.go).
			set := "{ " + strings.Join(fr.vars.results, ", ") + " = "
			end := "; "
			if len(fr.vars.results) == 1 {
				set, end = set+"(", ")"+end
			}
			if len(s.Results) > 1 {
				set = "{ " + strings.Join(fr.vars.results, ", ") + " = func() (" + strings.Join(fr.vars.types, ", ") + ") { return "
				end = " }(); "
			}
			e.Replace(s.Pos(), s.Results[0].Pos(), set)
			e.Insert(s.End(), end+leave(x)+" }")
		}
	})
	for _, inner := range r.nested(loop.Body, sig, fr) {
		leave(inner)
	}
	e.Insert(loop.Body.Rbrace, "; "+fr.next()+"; ") // after a last statement on the brace's line too
	recovered := "if " + fr.state + " == " + rangePanicked + " { " + e.Import(lift.Package) + ".RangeFuncRecovered() }; "
	e.Insert(loop.Body.Rbrace+1, "); "+recovered+fr.state+" = "+rangeExited+prefixed("; ", after))
	return out
}

// exitOut is an exit from the body of a loop over a function to a target
// outside it: a return, or a branch to an outer loop.
type exitOut struct {
	code     int
	isReturn bool
	values   bool   // a return with values
	branch   string // "continue L", "break L"
	label    string
}

// walkLit finds the range-over-func loops in the body of lit, which
// returns from lit, not from the function around it.
func (r *rangeFuncs) walkLit(lit *ast.FuncLit) {
	if t, ok := r.p.Info.TypeOf(lit).(*types.Signature); ok {
		r.walk(lit.Body, t)
	}
}

// nested rewrites the loops over functions in body (outside function
// literals) and returns their exits to targets outside them.
func (r *rangeFuncs) nested(body *ast.BlockStmt, sig *types.Signature, fr *frame) []exitOut {
	var out []exitOut
	ast.Inspect(body, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.FuncLit:
			r.walkLit(m)
			return false
		case *ast.RangeStmt:
			if rangeOver(r.p, m) == "func" {
				out = append(out, r.loop(m, sig, fr)...)
				return false
			}
		}
		return true
	})
	return out
}

// action returns what the code after fr's call does for exit x, and
// whether x goes on out of the enclosing loop over a function.
func (r *rangeFuncs) action(fr *frame, x exitOut) (string, bool) {
	reset := fr.vars.code + " = 0; "
	if x.isReturn {
		switch {
		case fr.outer != nil:
			return fr.outer.stop(), true
		case x.values:
			return reset + "return " + strings.Join(fr.vars.results, ", "), false
		default:
			return reset + "return", false
		}
	}
	if fr.outer != nil {
		if fr.outer.label == x.label {
			if strings.HasPrefix(x.branch, "continue") {
				return reset + fr.outer.next(), false
			}
			return reset + fr.outer.stop(), false
		}
		if !labelInside(fr.outer.loop.Body, x.label) {
			return fr.outer.stop(), true
		}
	}
	return reset + x.branch, false
}

func prefixed(sep string, list []string) string {
	if len(list) == 0 {
		return ""
	}
	return sep + strings.Join(list, sep)
}

// exits calls fn for each statement of body that leaves the yield
// function or that the rewrite must refuse: continue, break, goto, return
// and defer; ours says a branch goes to fr's own loop. Nested loops over
// functions have their own exits.
func (r *rangeFuncs) exits(body ast.Node, fr *frame, fn func(s ast.Stmt, ours bool)) {
	var visit func(n ast.Node, inLoop, inSwitch bool)
	visit = func(n ast.Node, inLoop, inSwitch bool) {
		ast.Inspect(n, func(m ast.Node) bool {
			if m == n {
				return true
			}
			switch m := m.(type) {
			case *ast.FuncLit:
				return false
			case *ast.RangeStmt:
				if rangeOver(r.p, m) != "func" {
					visit(m.Body, true, inSwitch)
				}
				return false
			case *ast.ForStmt:
				visit(m.Body, true, inSwitch)
				return false
			case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
				visit(m, inLoop, true)
				return false
			case *ast.DeferStmt, *ast.ReturnStmt:
				fn(m.(ast.Stmt), false)
			case *ast.BranchStmt:
				switch {
				case m.Tok == token.GOTO:
					if !labelInside(fr.loop.Body, m.Label.Name) {
						fn(m, false) // a goto within the body stays
					}
				case m.Tok == token.FALLTHROUGH:
				case m.Label != nil && m.Label.Name == fr.label:
					fn(m, true)
				case m.Label != nil:
					if !labelInside(fr.loop.Body, m.Label.Name) {
						fn(m, false)
					}
				case m.Tok == token.CONTINUE && !inLoop, m.Tok == token.BREAK && !inLoop && !inSwitch:
					fn(m, true)
				}
			}
			return true
		})
	}
	visit(body, false, false)
}

// labelInside reports whether a statement under n carries label.
func labelInside(n ast.Node, label string) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if l, ok := m.(*ast.LabeledStmt); ok && l.Label.Name == label {
			found = true
		}
		return !found
	})
	return found
}

// labelOf returns the labelled statement whose statement is loop.
func labelOf(f *ast.File, loop ast.Stmt) *ast.LabeledStmt {
	var out *ast.LabeledStmt
	ast.Inspect(f, func(n ast.Node) bool {
		if l, ok := n.(*ast.LabeledStmt); ok && l.Stmt == loop {
			out = l
		}
		return out == nil
	})
	return out
}

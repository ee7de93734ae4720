package rewrite

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Go makes a function literal's closure where the literal is, with the
// variables of the loop iteration it is made in. The interpreter reads a
// closure's variables from the frame of the function around it, as that
// frame is when the closure runs, wherever the closure cannot be a value
// of its own: a literal handed straight to compiled code (an argument of
// Go's library, wg.Go(func() {...}), mux.HandleFunc(p, func(...) {...});
// a conversion to one of its types, http.HandlerFunc(func ...); a field or
// element of a composite literal of one). Where the loop has gone on by
// then, the closure reads the next iteration's variables, or one being
// made. This pass makes such a literal, where it reads variables of its
// loop iteration, by a function literal called at once, in a frame of its
// own; it takes the variables that nothing changes after their
// declaration (a three-clause loop's post statement aside, which works on
// the next iteration's), and the literal reads the others, which it must
// share with the loop, from the frame of that call. A line directive
// after each inserted text gives the code after it its columns back:
//
//	wg.Go(func() { use(i) })   =>   wg.Go(func(i int) func() { return /*line :5:8*/func() { use(i) } }(i)/*line :5:26*/)
//
// A go statement's literal keeps its iteration's variables, as any literal
// the interpreter makes a value of; but a call of that value, when it
// returns, puts back in the literal's slot of the frame what was there
// before, and the go statement takes the value from that slot after its
// arguments are evaluated: where a goroutine of the loop ends meanwhile
// (go func(m string) {...}(<-lines)), the statement starts an earlier
// iteration's value, or none (a call of a nil function). So a go
// statement's literal in a loop is made in a frame of its own, into a
// variable of a block around the statement, and started from there:
//
//	go func(m string) { use(m, c) }(<-lines)   =>   { _go1 := func() func(m string) { return/*line :5:4*/ func(m string) { use(m, c) } }(); go _go1/*line :5:35*/(<-lines) }/*line :5:44*/
//
// A deferred call is left to the passes that save their arguments.

func funcValues(p *Package, f *ast.File, e *Editor) {
	changed := changedVars(p, f)
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		stack = append(stack, n) // with n on top
		if g, ok := n.(*ast.GoStmt); ok {
			if lit, ok := ast.Unparen(g.Call.Fun).(*ast.FuncLit); ok && madeAgain(lit, stack) {
				startMade(p, f, e, g, lit)
			}
			return true
		}
		for _, lit := range handedToCompiled(p, n, stack) {
			vars, ok := handedOver(p, lit, stack, changed)
			switch {
			case ok && len(vars) > 0:
				makeWith(p, f, e, lit, vars)
			case !ok:
				makeWith(p, f, e, lit, nil)
			}
		}
		return true
	})
}

// handedToCompiled returns the function literals that n hands straight to
// compiled code: the arguments of a call of a function or method of
// another package, or of a conversion to a type of one, and the values of
// a composite literal of such a type.
func handedToCompiled(p *Package, n ast.Node, stack []ast.Node) []*ast.FuncLit {
	var exprs []ast.Expr
	switch n := n.(type) {
	case *ast.CallExpr:
		if len(stack) > 1 && callOf(stack[len(stack)-2]) == n || !compiledCallee(p, n) {
			return nil
		}
		exprs = n.Args
	case *ast.CompositeLit:
		if !foreign(p, p.Info.TypeOf(n)) {
			return nil
		}
		for _, elt := range n.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			exprs = append(exprs, elt)
		}
	default:
		return nil
	}
	var lits []*ast.FuncLit
	for _, x := range exprs {
		if lit, ok := ast.Unparen(x).(*ast.FuncLit); ok {
			lits = append(lits, lit)
		}
	}
	return lits
}

// callOf returns the call of a defer or go statement, nil for another node.
func callOf(s ast.Node) *ast.CallExpr {
	switch s := s.(type) {
	case *ast.DeferStmt:
		return s.Call
	case *ast.GoStmt:
		return s.Call
	}
	return nil
}

// compiledCallee reports whether call calls a function or method that is
// not generic and not the script's, or converts to a type of another
// package.
func compiledCallee(p *Package, call *ast.CallExpr) bool {
	fun := ast.Unparen(call.Fun)
	if tv, ok := p.Info.Types[fun]; ok && tv.IsType() {
		return foreign(p, tv.Type)
	}
	var obj types.Object
	switch fun := fun.(type) {
	case *ast.Ident:
		obj = p.Info.Uses[fun]
	case *ast.SelectorExpr:
		if sel := p.Info.Selections[fun]; sel != nil {
			obj = sel.Obj()
		} else {
			obj = p.Info.Uses[fun.Sel]
		}
	}
	fn, ok := obj.(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg() == p.Types {
		return false
	}
	sig := fn.Type().(*types.Signature)
	return sig.TypeParams().Len() == 0 && sig.RecvTypeParams().Len() == 0
}

// foreign reports whether t is a named type of another package than the
// script's.
func foreign(p *Package, t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg() != p.Types
}

// A handed is a variable of a loop iteration that a literal reads, as the
// literal gets it: its name and the spelling of its type.
type handed struct{ name, typ string }

// handedOver returns the variables that lit reads, declared outside it in
// a loop around it, in the order it first reads them; ok is false where
// one of them cannot be handed over (changed after its declaration, of a
// type with no spelling, or named in lit's own signature).
func handedOver(p *Package, lit *ast.FuncLit, stack []ast.Node, changed map[*types.Var]bool) (vars []handed, ok bool) {
	var loops []ast.Node
	for _, n := range stack {
		switch n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			loops = append(loops, n)
		}
	}
	if len(loops) == 0 {
		return nil, true
	}
	inSignature := map[string]bool{}
	ast.Inspect(lit.Type, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			inSignature[id.Name] = true
		}
		return true
	})
	file := fileOf(stack)
	seen := map[*types.Var]bool{}
	ok = true
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		id, isIdent := n.(*ast.Ident)
		if !isIdent {
			return true
		}
		v, isVar := p.Info.Uses[id].(*types.Var)
		if !isVar || v.IsField() || seen[v] || within(v.Pos(), lit) || !inAny(v.Pos(), loops) {
			return true
		}
		seen[v] = true
		typ, spelled := typeName(p, file, v.Type(), false)
		if changed[v] || !spelled || inSignature[v.Name()] {
			ok = false
		}
		vars = append(vars, handed{v.Name(), typ})
		return true
	})
	return vars, ok
}

func fileOf(stack []ast.Node) *ast.File {
	f, _ := stack[0].(*ast.File)
	return f
}

func inAny(pos token.Pos, nodes []ast.Node) bool {
	for _, n := range nodes {
		if within(pos, n) {
			return true
		}
	}
	return false
}

func within(pos token.Pos, n ast.Node) bool { return n.Pos() <= pos && pos < n.End() }

// changedVars returns the variables of f that code assigns to, increments,
// ranges into or takes the address of (a method with a pointer receiver
// called on one too) after their declaration; a three-clause loop's post
// statement does not count for the loop's own variables.
func changedVars(p *Package, f *ast.File) map[*types.Var]bool {
	changed := map[*types.Var]bool{}
	mark := func(x ast.Expr, skip map[*types.Var]bool) {
		if id, ok := rootIdent(x).(*ast.Ident); ok {
			if v, ok := p.Info.Uses[id].(*types.Var); ok && !skip[v] {
				changed[v] = true
			}
		}
	}
	var visit func(root ast.Node, skip map[*types.Var]bool)
	visit = func(root ast.Node, skip map[*types.Var]bool) {
		ast.Inspect(root, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ForStmt:
				if n.Init != nil {
					visit(n.Init, skip)
				}
				if n.Cond != nil {
					visit(n.Cond, skip)
				}
				if n.Post != nil {
					own := map[*types.Var]bool{}
					for k := range skip {
						own[k] = true
					}
					if init, ok := n.Init.(*ast.AssignStmt); ok && init.Tok == token.DEFINE {
						for _, l := range init.Lhs {
							if id, ok := l.(*ast.Ident); ok {
								if v, ok := p.Info.Defs[id].(*types.Var); ok {
									own[v] = true
								}
							}
						}
					}
					visit(n.Post, own)
				}
				visit(n.Body, skip)
				return false
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					mark(l, skip)
				}
			case *ast.IncDecStmt:
				mark(n.X, skip)
			case *ast.RangeStmt:
				if n.Tok == token.ASSIGN {
					for _, x := range []ast.Expr{n.Key, n.Value} {
						if x != nil {
							mark(x, skip)
						}
					}
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					mark(n.X, skip)
				}
			case *ast.SelectorExpr:
				if s := p.Info.Selections[n]; s != nil && s.Kind() == types.MethodVal {
					if sig, ok := s.Obj().Type().(*types.Signature); ok && sig.Recv() != nil {
						if _, ptr := sig.Recv().Type().(*types.Pointer); ptr {
							if _, isPtr := p.Info.TypeOf(n.X).Underlying().(*types.Pointer); !isPtr {
								mark(n.X, skip)
							}
						}
					}
				}
			}
			return true
		})
	}
	visit(f, nil)
	return changed
}

// makeWith writes lit as the result of a function literal that takes the
// variables, if any, and is called with them at once.
func makeWith(p *Package, f *ast.File, e *Editor, lit *ast.FuncLit, vars []handed) {
	var params, args []string
	for _, v := range vars {
		params = append(params, v.name+" "+v.typ)
		args = append(args, v.name)
	}
	e.Later(func() {
		typ, ok := litType(p, f, e, lit)
		if !ok {
			e.Refuse(lit.Pos(), "the interpreter may run this function literal with another iteration's variables, and its type has no spelling on one line here: write its parameters on one line")
			return
		}
		e.Insert(lit.Pos(), fmt.Sprintf("func(%s) %s { return %s", strings.Join(params, ", "), typ, directive(p, lit.Pos())))
		e.Insert(lit.End(), fmt.Sprintf(" }(%s)%s", strings.Join(args, ", "), directive(p, lit.End())))
	})
}

// startMade makes a go statement's literal by a function literal called
// at once, into a variable of a block around the statement, and starts
// the value of the variable.
func startMade(p *Package, f *ast.File, e *Editor, g *ast.GoStmt, lit *ast.FuncLit) {
	e.Later(func() {
		typ, ok := litType(p, f, e, lit)
		if !ok {
			e.Refuse(lit.Pos(), "the interpreter may start this goroutine with another iteration's variables, and its function's type has no spelling on one line here: write its parameters on one line")
			return
		}
		name := e.Name("go")
		after := g.Go + token.Pos(len("go"))
		e.Replace(g.Go, after, "{ "+name+" := func() "+typ+" { return"+directive(p, after))
		e.Insert(g.Call.Fun.End(), " }(); go "+name+directive(p, g.Call.Fun.End()))
		e.Insert(g.End(), " }"+directive(p, g.End()))
	})
}

// madeAgain reports whether lit, under the nodes of stack, is evaluated
// again in the same frame: in the body of a loop of its function, or in a
// function that jumps with goto.
func madeAgain(lit *ast.FuncLit, stack []ast.Node) bool {
	if inLoop(lit, stack) {
		return true
	}
	for i := len(stack) - 1; i >= 0; i-- {
		var body *ast.BlockStmt
		switch fn := stack[i].(type) {
		case *ast.FuncLit:
			body = fn.Body
		case *ast.FuncDecl:
			body = fn.Body
		default:
			continue
		}
		jumps := false
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.BranchStmt:
				jumps = jumps || n.Tok == token.GOTO
			}
			return !jumps
		})
		return jumps
	}
	return false
}

// litType spells lit's type on one line: as the other passes leave its
// text, or from its type where the text spans lines.
func litType(p *Package, f *ast.File, e *Editor, lit *ast.FuncLit) (string, bool) {
	if typ := e.Edited(lit.Type.Pos(), lit.Type.End()); oneLine(typ) {
		return typ, true
	}
	return typeName(p, f, p.Info.TypeOf(lit), false)
}

// directive is the line directive that gives the code at pos its own line
// and column after inserted text.
func directive(p *Package, pos token.Pos) string {
	at := p.Fset.Position(pos)
	return fmt.Sprintf("/*line :%d:%d*/", at.Line, at.Column)
}

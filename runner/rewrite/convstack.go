package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/socklab/socklab/runner/lift"
)

// A Go build converts a string that is not constant to a []byte or a
// []rune that does not leave its function into a buffer of 32 bytes (or
// 32 runes) on its stack, where the string fits: the slice has capacity
// 32, so an append to it writes into that array, where the interpreter
// converts on the heap, to the allocator's size class (8 bytes of "hey",
// 2 runes of "ab"), and the append copies. Two appends to one converted
// slice then shared their array in Go's build and not under the
// interpreter:
//
//	b := []byte(s); c := append(b, '!'); d := append(b, '?')   // c is "hey?" in Go
//
// This pass converts through lift.StackBytes and lift.StackRunes, which
// give the stack's capacity, where the slice surely stays in its function
// and is appended to; a []byte that is never written Go shares with the
// string, and one that may leave goes to the heap as the interpreter's
// does, so those are left as written:
//
//	b := []byte(s)   =>   b := []byte(lift.StackBytes(s))
//
// The slice surely stays where every variable it reaches is declared in
// the function's body (inside the innermost loop around the conversion,
// where there is one: a slice kept past its iteration goes to the heap)
// and is used only by len, cap, copy, indexing, range, string(...),
// comparison with nil, a reslice, assignment to another such variable, or
// append, whose result it reaches too.
func convStacks(p *Package, f *ast.File, e *Editor) {
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil || hasGoto(fd.Body) {
			continue
		}
		ast.PreorderStack(fd.Body, nil, func(n ast.Node, stack []ast.Node) bool {
			if _, ok := n.(*ast.FuncLit); ok {
				return false // a closure's body is a function of its own
			}
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn, ok := stackConversion(p.Info, call)
			if !ok {
				return true
			}
			c := &convFlow{p: p, body: fd.Body, loop: innermostLoop(stack), vars: map[*types.Var]bool{}}
			if !c.flows(call, stack) || !c.appended {
				return true
			}
			arg := call.Args[0]
			open := e.Import(lift.Package) + "." + fn + "("
			if t := p.Info.TypeOf(arg); t == nil || !types.Identical(t, types.Typ[types.String]) {
				open += "string("
				e.InsertFirst(arg.End(), ")")
			}
			e.InsertLast(arg.Pos(), open)
			e.InsertFirst(arg.End(), ")")
			return true
		})
	}
}

// stackConversion reports whether call converts a string that is not
// constant to a slice of byte or of rune, with the name of the lift
// function that converts as the stack does.
func stackConversion(info *types.Info, call *ast.CallExpr) (string, bool) {
	if len(call.Args) != 1 || call.Ellipsis.IsValid() {
		return "", false
	}
	tv, ok := info.Types[call.Fun]
	if !ok || !tv.IsType() {
		return "", false
	}
	st, ok := tv.Type.Underlying().(*types.Slice)
	if !ok {
		return "", false
	}
	xv := info.Types[call.Args[0]]
	if xv.Value != nil || xv.Type == nil {
		return "", false
	}
	if b, ok := xv.Type.Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
		return "", false
	}
	switch {
	case types.Identical(st.Elem(), types.Typ[types.Byte]):
		if b, ok := ast.Unparen(call.Args[0]).(*ast.BinaryExpr); ok && b.Op == token.ADD {
			return "StackConcat", true // no buffer for an empty result
		}
		return "StackBytes", true
	case types.Identical(st.Elem(), types.Typ[types.Rune]):
		return "StackRunes", true
	}
	return "", false
}

// A convFlow follows the array of one conversion through its function.
type convFlow struct {
	p    *Package
	body *ast.BlockStmt
	loop ast.Node // the innermost loop around the conversion, or nil
	// vars are the local variables the array reaches.
	vars     map[*types.Var]bool
	appended bool // an append's first argument
}

// flows reports whether the array of x, the expression under the top of
// stack, surely stays in the function, following it into the variables
// it is assigned.
func (c *convFlow) flows(x ast.Expr, stack []ast.Node) bool {
	if !c.use(x, stack) {
		return false
	}
	for done := map[*types.Var]bool{}; len(done) < len(c.vars); {
		for v := range c.vars {
			if done[v] {
				continue
			}
			done[v] = true
			if !c.varUses(v) {
				return false
			}
		}
	}
	return true
}

// varUses reports whether every use of v keeps the array in the function.
func (c *convFlow) varUses(v *types.Var) bool {
	ok := true
	ast.PreorderStack(c.body, nil, func(n ast.Node, stack []ast.Node) bool {
		if !ok {
			return false
		}
		id, isID := n.(*ast.Ident)
		if !isID || c.p.Info.Uses[id] != v {
			return true
		}
		for _, s := range stack {
			if _, lit := s.(*ast.FuncLit); lit {
				ok = false // captured by a closure
				return false
			}
		}
		ok = c.use(id, stack)
		return ok
	})
	return ok
}

// use reports whether x, an expression that holds the array under the top
// of stack, keeps it in the function where it stands.
func (c *convFlow) use(x ast.Expr, stack []ast.Node) bool {
	i := len(stack) - 1
	for ; i >= 0; i-- {
		switch p := stack[i].(type) {
		case *ast.ParenExpr:
			x = p
			continue
		case *ast.SliceExpr:
			if p.X == x {
				x = p
				continue
			}
		}
		break
	}
	if i < 0 {
		return false
	}
	switch p := stack[i].(type) {
	case *ast.CallExpr:
		return c.call(x, p, stack[:i])
	case *ast.IndexExpr:
		if p.X != x {
			return false
		}
		if i > 0 {
			if u, ok := stack[i-1].(*ast.UnaryExpr); ok && u.Op == token.AND {
				return false
			}
		}
		return true
	case *ast.RangeStmt:
		return p.X == x
	case *ast.BinaryExpr:
		return (p.Op == token.EQL || p.Op == token.NEQ) && (c.isNil(p.X) || c.isNil(p.Y))
	case *ast.AssignStmt:
		for _, l := range p.Lhs {
			if l == x {
				return p.Tok == token.ASSIGN || p.Tok == token.DEFINE // assigned, not read
			}
		}
		if len(p.Lhs) != len(p.Rhs) || p.Tok != token.ASSIGN && p.Tok != token.DEFINE {
			return false
		}
		for j, r := range p.Rhs {
			if r == x {
				return c.into(p.Lhs[j])
			}
		}
	case *ast.ValueSpec:
		if len(p.Names) != len(p.Values) {
			return false
		}
		for j, v := range p.Values {
			if v == x {
				return c.into(p.Names[j])
			}
		}
	}
	return false
}

// call reports whether call, with x, which holds the array, among its
// arguments, keeps it in the function.
func (c *convFlow) call(x ast.Expr, call *ast.CallExpr, stack []ast.Node) bool {
	if tv, ok := c.p.Info.Types[call.Fun]; ok && tv.IsType() {
		b, ok := tv.Type.Underlying().(*types.Basic)
		return ok && b.Info()&types.IsString != 0
	}
	switch builtinName(c.p.Info, call) {
	case "len", "cap", "copy":
		return true
	case "append":
		if call.Args[0] == x {
			c.appended = true
			return c.use(call, stack)
		}
		return call.Ellipsis.IsValid() && len(call.Args) == 2 && call.Args[1] == x
	}
	return false
}

// into reports whether l, the left side the array is assigned to, is a
// variable that the array may reach while it stays in the function: one
// declared in the function's body, inside the loop around the conversion
// where there is one, or the blank.
func (c *convFlow) into(l ast.Expr) bool {
	id, ok := ast.Unparen(l).(*ast.Ident)
	if !ok {
		return false
	}
	if id.Name == "_" {
		return true
	}
	obj := c.p.Info.Defs[id]
	if obj == nil {
		obj = c.p.Info.Uses[id]
	}
	v, ok := obj.(*types.Var)
	if !ok || v.Pos() < c.body.Pos() || v.Pos() >= c.body.End() {
		return false
	}
	if _, ok := v.Type().Underlying().(*types.Slice); !ok {
		return false // an interface holds it on the heap
	}
	if c.loop != nil && (v.Pos() < loopBody(c.loop).Pos() || v.Pos() >= c.loop.End()) {
		return false
	}
	c.vars[v] = true
	return true
}

// isNil reports whether x is the predeclared nil.
func (c *convFlow) isNil(x ast.Expr) bool {
	tv, ok := c.p.Info.Types[x]
	return ok && tv.IsNil()
}

// innermostLoop returns the innermost for or range statement of stack.
func innermostLoop(stack []ast.Node) ast.Node {
	for i := len(stack) - 1; i >= 0; i-- {
		switch stack[i].(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return stack[i]
		}
	}
	return nil
}

// loopBody returns the body of loop, a for or range statement.
func loopBody(loop ast.Node) *ast.BlockStmt {
	if f, ok := loop.(*ast.ForStmt); ok {
		return f.Body
	}
	return loop.(*ast.RangeStmt).Body
}

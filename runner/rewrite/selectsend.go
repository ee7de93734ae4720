package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// The interpreter computes a value that a select's case sends from
// operands it never computed where the value takes more than one step (case
// out <- x*2 + 1 sent 1): it runs the channel operand, then only the
// value's last step. This pass evaluates, where a select has such a case,
// or an operand with a call that gc makes before what the operand reads
// before it (case out <- s[i] + f(): gc copies each operand in turn, its
// calls first, see gcorder.go), every channel operand and every value its
// cases send before the select, in the order of the source as Go
// evaluates them on entering it, into variables the cases then use, each
// value converted to its type, and those calls before their operand:
//
//	select { case out <- x*2 + 1: ...   =>   _sel1 := out; _sel2 := int(x*2 + 1); select { case _sel1 <- _sel2: ...
//	select { case out <- s[i] + f(): ...   =>   _sel1 := out; _v2 := f(); _sel3 := int(s[i] + _v2); select { ...
//
// (with /*line*/ comments that keep every column). A value whose type the
// file cannot write, a select a goto jumps to by its label, or a value
// another pass edits at its ends is refused.
//
// The interpreter also never computes the channel operand of a case that
// receives two values (case v, ok := <-h.msgs) unless it is a name: it
// receives from a nil channel and the select blocks for ever. Such a select
// has its operands evaluated before it the same way:
//
//	select { case v, ok := <-h.msgs: ...   =>   _sel1 := h.msgs; select { case v, ok := <-_sel1: ...

func selectSends(p *Package, f *ast.File, e *Editor) {
	gotos := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if b, ok := n.(*ast.BranchStmt); ok && b.Tok == token.GOTO && b.Label != nil {
			gotos[b.Label.Name] = true
		}
		return true
	})
	var g *gcOrder
	var stack []ast.Node
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		sel, ok := n.(*ast.SelectStmt)
		if !ok {
			return true
		}
		if g == nil {
			g = newGCOrder(p, f)
		}
		if !needsHoist(p, sel) && !okReceiveOperand(sel) && !g.selectCallsFirst(sel) {
			return true
		}
		at := sel.Pos()
		if len(stack) >= 2 {
			if l, ok := stack[len(stack)-2].(*ast.LabeledStmt); ok {
				if gotos[l.Label.Name] {
					e.Refuse(sel.Pos(), "the interpreter sends a wrong value where a select's case sends a value it computes in several steps, and a goto jumps to this select: assign the value to a variable before the select and send the variable")
					return true
				}
				at = l.Pos()
			}
		}
		hoistSelect(p, f, e, g, sel, at)
		return true
	})
}

// selectOperands returns the channel operands and the values sent of
// sel's cases, in the order Go evaluates them on entering it: a constant
// only where it is converted to an interface (sentToInterface).
func selectOperands(p *Package, sel *ast.SelectStmt) (ops []ast.Expr, sent map[ast.Expr]bool) {
	sent = map[ast.Expr]bool{}
	for _, c := range sel.Body.List {
		switch comm := c.(*ast.CommClause).Comm.(type) {
		case *ast.SendStmt:
			ops = append(ops, comm.Chan)
			if tv := p.Info.Types[comm.Value]; tv.Value == nil || sentToInterface(p, comm) != nil {
				ops = append(ops, comm.Value)
				sent[comm.Value] = true
			}
		case *ast.ExprStmt:
			if u, ok := ast.Unparen(comm.X).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
				ops = append(ops, u.X)
			}
		case *ast.AssignStmt:
			if len(comm.Rhs) == 1 {
				if u, ok := ast.Unparen(comm.Rhs[0]).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
					ops = append(ops, u.X)
				}
			}
		}
	}
	return ops, sent
}

// selectCallsFirst reports whether an operand of sel has a call that gc
// makes before an operand written before it in the same operand (case
// out <- s[i] + f()): gc copies each operand in turn, its calls first
// (see gcorder.go).
func (g *gcOrder) selectCallsFirst(sel *ast.SelectStmt) bool {
	ops, _ := selectOperands(g.p, sel)
	for _, x := range ops {
		if mayCall([]ast.Expr{x}) && len(hoists(g.steps(x, nil))) > 0 {
			return true
		}
	}
	return false
}

// needsHoist reports whether a case of sel sends a value the interpreter
// computes wrongly: in several steps (a constant string converted to
// []byte among them, which pass convcap slices), or by a call that pass
// negzero makes through a variable.
func needsHoist(p *Package, sel *ast.SelectStmt) bool {
	for _, c := range sel.Body.List {
		send, ok := c.(*ast.CommClause).Comm.(*ast.SendStmt)
		if !ok {
			continue
		}
		if !OneStepValue(p.Info, send.Value) || sentToInterface(p, send) != nil {
			return true
		}
		if call, ok := ast.Unparen(send.Value).(*ast.CallExpr); ok && zeroLossyCall(p, call) {
			return true
		}
		if call, ok := ast.Unparen(send.Value).(*ast.CallExpr); ok {
			if _, capped := cappedConv(p.Info, call); capped {
				return true // pass convcap slices it, a second step
			}
		}
	}
	return false
}

// okReceiveOperand reports whether a case of sel receives two values
// from a channel operand that is not a name (case v, ok := <-h.msgs), which
// the interpreter never computes.
func okReceiveOperand(sel *ast.SelectStmt) bool {
	for _, c := range sel.Body.List {
		a, ok := c.(*ast.CommClause).Comm.(*ast.AssignStmt)
		if !ok || len(a.Lhs) != 2 || len(a.Rhs) != 1 {
			continue
		}
		if u, ok := ast.Unparen(a.Rhs[0]).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
			if _, name := u.X.(*ast.Ident); !name {
				return true
			}
		}
	}
	return false
}

// hoistSelect evaluates sel's channel operands and sent values before it,
// at at, each one's calls first as gc makes them (g).
func hoistSelect(p *Package, f *ast.File, e *Editor, g *gcOrder, sel *ast.SelectStmt, at token.Pos) {
	type hoisted struct {
		x     ast.Expr
		value bool       // a value sent, converted to its type
		elem  types.Type // the interface it is sent as, where it needs converting (sentToInterface)
	}
	var hs []hoisted
	ops, sent := selectOperands(p, sel)
	elems := map[ast.Expr]types.Type{}
	for _, c := range sel.Body.List {
		if send, ok := c.(*ast.CommClause).Comm.(*ast.SendStmt); ok {
			if elem := sentToInterface(p, send); elem != nil {
				elems[send.Value] = elem
			}
		}
	}
	for _, x := range ops {
		hs = append(hs, hoisted{x, sent[x], elems[x]})
	}
	o := orderOf{info: p.Info}
	e.Later(func() {
		var decls []string
		for _, h := range hs {
			conv := ""
			if h.value {
				t, ok := o.typeText(p, f, p.Info.TypeOf(h.x))
				if !ok {
					e.Refuse(h.x.Pos(), "the interpreter sends a wrong value where a select's case sends a value it computes in several steps, and its type cannot be written in this file: assign it to a variable before the select and send the variable")
					return
				}
				conv = t
				if strings.HasPrefix(t, "*") || strings.HasPrefix(t, "<-") || strings.HasPrefix(t, "func") || strings.HasPrefix(t, "chan") {
					conv = "(" + t + ")" // *T(x) would be *(T(x))
				}
				if h.elem != nil {
					to, ok := o.typeText(p, f, h.elem)
					if !ok {
						to = libraryTypeName(p, f, e, h.elem)
					}
					conv = e.Name("selc")
					e.Append("func " + conv + "(v " + t + ") " + to + " { return v }")
				}
			}
			// Its calls that gc makes before what is written before them,
			// first, each into a variable of its own.
			for _, x := range hoists(g.steps(h.x, nil)) {
				text, _, ok := e.MoveExpr(x.Pos(), x.End())
				if !ok || strings.ContainsAny(text, "\n\r") {
					e.Refuse(x.Pos(), "gc makes the call %s before what its case's operand reads before it, and socklab cannot make it first here: assign it to a variable before the select", firstLine(e.Text(x.Pos(), x.End())))
					return
				}
				if isReceive(ast.Unparen(x)) {
					text = "(" + text + ")"
				}
				name := e.Name("v")
				decls = append(decls, name+" := "+lineDirective(p, x.Pos())+text)
				e.Replace(x.Pos(), x.End(), name+lineDirective(p, x.End()))
			}
			text, ok := e.MoveFrom(h.x.Pos(), h.x.End())
			if !ok || strings.ContainsAny(text, "\n\r") {
				e.Refuse(h.x.Pos(), "the interpreter sends a wrong value where a select's case sends a value it computes in several steps: assign it to a variable before the select and send the variable")
				return
			}
			if call, ok := ast.Unparen(h.x).(*ast.CallExpr); ok && h.value {
				if k, capped := cappedConv(p.Info, call); capped {
					text += "[:" + strconv.Itoa(k) + ":" + strconv.Itoa(k) + "]" // as pass convcap slices it
				}
			}
			name := e.Name("sel")
			if conv != "" {
				decls = append(decls, name+" := "+conv+"("+lineDirective(p, h.x.Pos())+text+")")
			} else {
				decls = append(decls, name+" := "+lineDirective(p, h.x.Pos())+text)
			}
			e.Replace(h.x.Pos(), h.x.End(), name+lineDirective(p, h.x.End()))
		}
		e.Insert(at, strings.Join(decls, "; ")+"; "+lineDirective(p, at))
	})
}

// sentToInterface returns the element type of send's channel where it is
// an interface with methods and send's value is of a type the package
// declares (or a pointer to one), or the interface is one the package
// declares, else nil: the interpreter hands reflect.Select the value as it
// is, not converted, and a *ProtocolError sent on a chan error stopped
// with "reflect.Select: value of type *struct { ... } is not assignable
// to type error", a time.Duration sent on a chan of the script's
// interface with "... to type interp.valueInterface". The value is
// evaluated before the select, through a function of the file's own that
// converts it.
func sentToInterface(p *Package, send *ast.SendStmt) types.Type {
	ch, ok := typeUnder(p, send.Chan).(*types.Chan)
	if !ok || !methodInterface(ch.Elem()) || hasTypeParam(ch.Elem()) {
		return nil
	}
	t := p.Info.TypeOf(send.Value)
	if call, ok := ast.Unparen(send.Value).(*ast.CallExpr); ok && convertedTo(p, call, ch.Elem()) && interpretedInterface(p, ch.Elem()) {
		t = p.Info.TypeOf(call.Args[0]) // namer(time.Minute), converted as written
	}
	if t == nil || types.IsInterface(t) || hasTypeParam(t) || p.NilPointers[send.Value.Pos()] {
		return nil // a pointer that may be nil: pass ifaceconv boxes it where it is sent
	}
	if interpretedInterface(p, ch.Elem()) {
		return ch.Elem() // a value of Go's library's type too (case c <- time.Minute)
	}
	if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
		t = ptr.Elem()
	}
	if !declaredHere(p, t) {
		return nil
	}
	return ch.Elem()
}

// interpretedInterface reports whether t, an interface with methods, is
// the script's (scriptInterface) or a literal interface{ ... }, which the
// interpreter holds in a form of its own too.
func interpretedInterface(p *Package, t types.Type) bool {
	if _, named := types.Unalias(t).(*types.Named); !named {
		return true
	}
	return scriptInterface(p, t)
}

// declaredHere reports whether t is a named type the package declares.
func declaredHere(p *Package, t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() == p.Types
}

// OneStepValue reports whether the interpreter computes x, a value a
// select's case sends, in one step: x is a constant or a function literal,
// or each of its operands is a name, a literal, a type or a name of an
// imported package's member.
func OneStepValue(info *types.Info, x ast.Expr) bool {
	if tv, ok := info.Types[x]; ok && tv.Value != nil {
		return true
	}
	if _, ok := x.(*ast.FuncLit); ok {
		return true
	}
	leaves := true
	ast.Inspect(x, func(n ast.Node) bool {
		if n == ast.Node(x) {
			return true
		}
		if e, ok := n.(ast.Expr); ok && !sendLeaf(info, e) {
			leaves = false
		}
		return false // only x's own operands
	})
	return leaves
}

// sendLeaf reports whether e is an operand the interpreter reads without
// computing it: a name, a literal, a type, or pkg.Name.
func sendLeaf(info *types.Info, e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		if id, ok := e.X.(*ast.Ident); ok {
			if _, ok := info.Uses[id].(*types.PkgName); ok {
				return true
			}
		}
	}
	return info.Types[e].IsType()
}

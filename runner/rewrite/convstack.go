package rewrite

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

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
// string, and one that surely leaves goes to the heap as the interpreter's
// does, so those are left as written:
//
//	b := []byte(s)   =>   b := []byte(lift.StackBytes(s))
//
// The slice surely stays where every variable it reaches is declared in
// the function's body (inside the innermost loop around the conversion,
// where there is one: a slice kept past its iteration goes to the heap)
// and is used only by len, cap, copy, indexing, range, string(...),
// comparison with nil, a reslice, assignment to another such variable,
// append (whose result it reaches too), a function of the script whose
// parameter stays so (or is returned, reaching the call's result), or a
// function of Go's library known to keep it (convLibrary). Where socklab
// cannot tell (another function of Go's library, a closure, a field) and
// the array is shared (two variables hold it, or an append's result goes
// elsewhere than back to the variable appended to), the program is
// refused: its output went by Go's escape analysis.
func convStacks(p *Package, f *ast.File, e *Editor) {
	decls := funcDecls(p)
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
			convIn(p, decls, e, fd, fd.Body)
		}
	}
}

// convIn converts as the stack does in body, of the function fd or, fd
// nil, of a function literal, and in the function literals inside it.
func convIn(p *Package, decls map[*types.Func]*ast.FuncDecl, e *Editor, fd *ast.FuncDecl, body *ast.BlockStmt) {
	ast.PreorderStack(body, nil, func(n ast.Node, stack []ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok {
			convIn(p, decls, e, nil, lit.Body) // a function of its own
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		fn, ok := stackConversion(p.Info, call)
		if !ok {
			return true
		}
		c := &convFlow{p: p, decls: decls, conv: call, vars: map[convVar]bool{}}
		verdict := c.flows(call, stack, &convFrame{body: body, loop: innermostLoop(stack), lit: fd == nil})
		if verdict != convEscapes && hasGoto(body) {
			verdict = convUnknown // a loop of labels, which socklab does not follow
		}
		if verdict != convEscapes && len(c.returned) > 0 {
			at, ok := callersShare(p, decls, fd, c.returned)
			if !ok && !c.capped && c.observable() {
				// Its own cap goes by whether go build inlines it,
				// which a function that asks it seldom is: as before,
				// the heap's.
				at, ok = call.Pos(), true
			}
			if ok {
				e.Refuse(call.Pos(), "%s returns %s, which a Go build converts on the heap (cap rounded up to the allocator's size class, 8 of 5 bytes), or, where it inlines %s into a caller that keeps the slice, into %s on that caller's stack (cap 32), and the slice appended to at %s shares its array or copies it by that capacity (or its cap is asked); which it does Go's inlining and escape analysis decide, which socklab cannot follow: copy the string into a slice of the capacity you mean (b := make([]byte, len(s), n); copy(b, s)), or keep one variable for the slice (b = append(b, ...))", fd.Name.Name, types.ExprString(call), fd.Name.Name, stackBufName(fn), p.Fset.Position(at))
			}
			return true
		}
		switch verdict {
		case convStays:
			switch {
			case fn != "StackRunes" && !c.appended && c.writes == 0:
				// Never written: a Go build shares the string's bytes
				// (cap its length), which shows only through cap.
				if c.capped {
					fn = "StringBytes"
					break
				}
				return true
			case !c.appended && !c.capped:
				return true
			case fn == "StackConcat" && c.appended && c.capped && !nonEmpty(p.Info, call.Args[0]):
				// An empty concatenation is a slice of capacity 0, which
				// append grows into a buffer on the stack of its own.
				verdict = convUnknown
			}
		}
		switch verdict {
		case convStays:
		case convUnknown:
			if c.observable() {
				e.Refuse(call.Pos(), "go build converts %s into %s on the stack where the slice does not leave its function (cap 32), else on the heap (cap rounded up to the allocator's size class, 8 of 5 bytes), and its cap, or appends that share its array or copy it, show that capacity; which it does Go's escape analysis decides, which socklab cannot follow here: copy the string into a slice of the capacity you mean (b := make([]byte, len(s), n); copy(b, s)), or keep one variable for the slice (b = append(b, ...))", types.ExprString(call), stackBufName(fn))
			}
			return true
		default:
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

// nonEmpty reports whether x, a concatenation of strings, holds a
// constant operand that is not empty, so that x never is.
func nonEmpty(info *types.Info, x ast.Expr) bool {
	if tv := info.Types[x]; tv.Value != nil {
		return tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) != ""
	}
	b, ok := ast.Unparen(x).(*ast.BinaryExpr)
	return ok && b.Op == token.ADD && (nonEmpty(info, b.X) || nonEmpty(info, b.Y))
}

// stackBufName names the buffer on the stack of the conversion that the
// lift function fn stands for.
func stackBufName(fn string) string {
	if fn == "StackRunes" {
		return "a buffer of 32 runes"
	}
	return "a 32-byte buffer"
}

// callersShare reports whether a call of fd, whose results returned hold
// a converted slice, keeps the slice where it may stay on the caller's
// stack and appends to it so that two slices share its array, or asks its
// capacity, with the call's position.
func callersShare(p *Package, decls map[*types.Func]*ast.FuncDecl, fd *ast.FuncDecl, returned []int) (token.Pos, bool) {
	fn, ok := p.Info.Defs[fd.Name].(*types.Func)
	if !ok {
		return token.NoPos, false
	}
	results := fn.Type().(*types.Signature).Results().Len()
	var at token.Pos
	for _, file := range p.Files {
		for _, d := range file.Decls {
			caller, ok := d.(*ast.FuncDecl)
			if !ok || caller.Body == nil || at.IsValid() {
				continue
			}
			ast.PreorderStack(caller.Body, nil, func(n ast.Node, stack []ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || at.IsValid() {
					return !at.IsValid()
				}
				if f := calledFunc(p, call.Fun); f == nil || f.Origin() != fn {
					return true
				}
				c := &convFlow{p: p, decls: decls, conv: call, vars: map[convVar]bool{}}
				fr := &convFrame{body: caller.Body, loop: innermostLoop(stack)}
				verdict := convStays
				if results == 1 {
					verdict = c.flows(call, stack, fr)
				} else if as, ok := stack[len(stack)-1].(*ast.AssignStmt); ok && len(as.Rhs) == 1 && len(as.Lhs) == results {
					for _, j := range returned {
						verdict = worst(verdict, c.into(as.Lhs[j], fr))
					}
					verdict = worst(verdict, c.flows(nil, nil, fr))
				}
				if verdict != convEscapes && c.observable() {
					at = call.Pos()
				}
				return true
			})
		}
	}
	return at, at.IsValid()
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

// A convVerdict is where a converted slice's array goes.
type convVerdict int

const (
	convStays   convVerdict = iota // surely in its function: on the stack
	convUnknown                    // socklab cannot tell
	convEscapes                    // surely out of it: on the heap
)

// worst returns the verdict of two uses of one array: one that leaves
// puts it on the heap.
func worst(a, b convVerdict) convVerdict { return max(a, b) }

// A convFrame is a function body that a converted slice's array reaches:
// the conversion's own, or a function's of the script that it is passed
// to, whose result goes to ret.
type convFrame struct {
	body  *ast.BlockStmt
	loop  ast.Node // the innermost loop around the conversion, in its own frame
	lit   bool     // a function literal's, which go build may inline where it is called
	ret   *convRet // the call of a callee's frame
	depth int      // calls from the conversion's frame
}

// A convRet is a call whose result holds what its callee returns; a call
// of several results has none.
type convRet struct {
	call  *ast.CallExpr
	stack []ast.Node // its ancestors, a copy: the walk reuses its own
	frame *convFrame
}

// A convVar is a variable in the frame that the array reaches.
type convVar struct {
	v     *types.Var
	frame *convFrame
	field *types.Var // the field of v, a struct, that holds it; nil for v itself
}

// A convFlow follows the array of one conversion.
type convFlow struct {
	p     *Package
	decls map[*types.Func]*ast.FuncDecl
	conv  *ast.CallExpr    // the conversion
	vars  map[convVar]bool // the variables it reaches, true once checked
	// holders counts the variables of the conversion's frame it reaches.
	holders  int
	appended bool // an append's first argument
	appends  int  // appends to it
	// sharing counts the appends whose result another variable holds,
	// not the one appended to.
	sharing int
	writes  int  // assignments to its elements, copies into it
	capped  bool // an argument of cap
	// returned are the results of the conversion's function that return
	// it.
	returned []int
}

// flows returns where the array of x, the expression whose ancestors are
// stack in fr, goes, following it into the variables it is assigned (or,
// x nil, from the variables found so far).
func (c *convFlow) flows(x ast.Expr, stack []ast.Node, fr *convFrame) convVerdict {
	verdict := convStays
	if x != nil {
		verdict = c.use(x, stack, fr)
	}
	for again := true; again && verdict != convEscapes; {
		again = false
		for v, done := range c.vars {
			if !done {
				c.vars[v] = true
				again = true
				verdict = worst(verdict, c.varUses(v))
			}
		}
	}
	return verdict
}

// varUses returns where the uses of v take the array.
func (c *convFlow) varUses(v convVar) convVerdict {
	verdict := convStays
	ast.PreorderStack(v.frame.body, nil, func(n ast.Node, stack []ast.Node) bool {
		id, isID := n.(*ast.Ident)
		if !isID || c.p.Info.Uses[id] != v.v {
			return verdict != convEscapes
		}
		for _, s := range stack {
			if _, lit := s.(*ast.FuncLit); lit {
				verdict = worst(verdict, convUnknown) // captured by a closure
				return true
			}
		}
		if v.field != nil && len(stack) > 0 {
			if sel, ok := stack[len(stack)-1].(*ast.SelectorExpr); ok && sel.X == ast.Expr(id) {
				if s := c.p.Info.Selections[sel]; s != nil && s.Kind() == types.FieldVal {
					if s.Obj() == v.field {
						verdict = worst(verdict, c.use(sel, stack[:len(stack)-1], v.frame))
					}
					return verdict != convEscapes // another field
				}
			}
		}
		verdict = worst(verdict, c.use(id, stack, v.frame))
		return verdict != convEscapes
	})
	return verdict
}

// use returns where x, an expression that holds the array, whose
// ancestors are stack in fr, takes it.
func (c *convFlow) use(x ast.Expr, stack []ast.Node, fr *convFrame) convVerdict {
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
		return convUnknown
	}
	switch p := stack[i].(type) {
	case *ast.CallExpr:
		return c.call(x, p, stack[:i], fr)
	case *ast.IndexExpr:
		if p.X != x {
			return convUnknown
		}
		if i > 0 {
			switch s := stack[i-1].(type) {
			case *ast.UnaryExpr:
				if s.Op == token.AND {
					return convUnknown
				}
			case *ast.IncDecStmt:
				c.writes++
			case *ast.AssignStmt:
				if slices.Contains(s.Lhs, ast.Expr(p)) {
					c.writes++
				}
			}
		}
		return convStays
	case *ast.RangeStmt:
		if p.X == x {
			return convStays
		}
	case *ast.BinaryExpr:
		if (p.Op == token.EQL || p.Op == token.NEQ) && (c.isNil(p.X) || c.isNil(p.Y)) {
			return convStays
		}
	case *ast.AssignStmt:
		for _, l := range p.Lhs {
			if l == x && (p.Tok == token.ASSIGN || p.Tok == token.DEFINE) {
				return convStays // assigned, not read
			}
		}
		if len(p.Lhs) != len(p.Rhs) || p.Tok != token.ASSIGN && p.Tok != token.DEFINE {
			return convUnknown
		}
		for j, r := range p.Rhs {
			if r == x {
				return c.into(p.Lhs[j], fr)
			}
		}
	case *ast.ValueSpec:
		for j, v := range p.Values {
			if v == x && len(p.Names) == len(p.Values) {
				return c.into(p.Names[j], fr)
			}
		}
	case *ast.ReturnStmt:
		if fr.lit {
			return convUnknown
		}
		if fr.ret == nil && fr.depth == 0 {
			for j, r := range p.Results {
				if r == x {
					// Go's build inlines a small function, where
					// the caller decides (see callersShare).
					c.returned = append(c.returned, j)
					return convStays
				}
			}
		}
		if fr.ret == nil {
			return convEscapes // to the caller
		}
		if len(p.Results) == 1 && p.Results[0] == x && fr.ret.call != nil {
			return c.use(fr.ret.call, fr.ret.stack, fr.ret.frame)
		}
	case *ast.SendStmt:
		if p.Value == x {
			return convEscapes
		}
	}
	return convUnknown
}

// call returns where call, with x, which holds the array, among its
// arguments, whose ancestors are stack in fr, takes it.
func (c *convFlow) call(x ast.Expr, call *ast.CallExpr, stack []ast.Node, fr *convFrame) convVerdict {
	if tv, ok := c.p.Info.Types[call.Fun]; ok && tv.IsType() {
		if b, ok := tv.Type.Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
			return convStays
		}
		if types.IsInterface(tv.Type) {
			return convEscapes
		}
		return convUnknown
	}
	switch builtinName(c.p.Info, call) {
	case "cap":
		c.capped = true
		return convStays
	case "copy":
		if call.Args[0] == x {
			c.writes++
		}
		return convStays
	case "len":
		return convStays
	case "append":
		if call.Args[0] == x {
			c.appended = true
			c.appends++
			if !c.backInto(call, stack) && held(stack) {
				c.sharing++
			}
			return c.use(call, stack, fr)
		}
		if call.Ellipsis.IsValid() && len(call.Args) == 2 && call.Args[1] == x {
			return convStays
		}
		return convEscapes // appended as an element
	case "":
	default:
		return convUnknown
	}
	if len(stack) > 0 {
		switch stack[len(stack)-1].(type) {
		case *ast.GoStmt, *ast.DeferStmt:
			return convEscapes
		}
	}
	sig, ok := types.Unalias(c.p.Info.TypeOf(call.Fun)).(*types.Signature)
	if !ok {
		return convUnknown
	}
	j := -1
	for k, a := range call.Args {
		if a == x {
			j = k
		}
	}
	if j < 0 {
		return convUnknown // the receiver of a method of a named slice type
	}
	params := sig.Params()
	var param *types.Var
	switch {
	case sig.Variadic() && j >= params.Len()-1:
		if !call.Ellipsis.IsValid() {
			if types.IsInterface(params.At(params.Len() - 1).Type().(*types.Slice).Elem()) {
				return convEscapes // printed by fmt, or held by an interface
			}
			return convUnknown
		}
		param = params.At(params.Len() - 1)
	case j < params.Len():
		param = params.At(j)
	default:
		return convUnknown
	}
	if types.IsInterface(param.Type()) {
		return convEscapes
	}
	fn := calledFunc(c.p, call.Fun)
	if fn == nil {
		return convUnknown // a function value
	}
	if recv := fn.Type().(*types.Signature).Recv(); recv != nil && types.IsInterface(recv.Type()) {
		return convEscapes // a method of an interface: go build cannot see where it goes
	}
	if fn.Pkg() != nil && fn.Pkg() != c.p.Types {
		k := convLibrary[fn.Origin().FullName()]
		if k&convWrites != 0 {
			c.writes++
		}
		switch {
		case k&convKeeps != 0:
			return convStays
		case k&convReturns != 0 && j == 0:
			return c.use(call, stack, fr)
		}
		return convUnknown
	}
	fd := c.decls[fn]
	if fd == nil || fd.Body == nil || fd.Type.TypeParams != nil || fr.depth >= 4 || hasGoto(fd.Body) {
		return convUnknown
	}
	if param.Name() == "" || param.Name() == "_" {
		return convStays
	}
	if fd.Recv != nil {
		if recv := fn.Type().(*types.Signature).Recv(); recv == nil || hasTypeParam(recv.Type()) {
			return convUnknown
		}
	}
	callee := &convFrame{body: fd.Body, ret: &convRet{call: call, stack: slices.Clone(stack), frame: fr}, depth: fr.depth + 1}
	if sig.Results().Len() != 1 {
		callee.ret = &convRet{frame: fr} // no call: a return of it is not followed
	}
	c.vars[convVar{param, callee, nil}] = false
	return convStays
}

// backInto reports whether the result of the append call, whose ancestors
// are stack, is assigned straight back to the variable it appends to, or
// appends to the conversion itself, which no variable holds, or is
// returned.
func (c *convFlow) backInto(call *ast.CallExpr, stack []ast.Node) bool {
	x := ast.Unparen(call.Args[0])
	for {
		s, ok := x.(*ast.SliceExpr)
		if !ok {
			break
		}
		x = ast.Unparen(s.X)
	}
	if x == ast.Expr(c.conv) {
		return true
	}
	if len(stack) == 0 {
		return false
	}
	if _, ok := stack[len(stack)-1].(*ast.ReturnStmt); ok {
		return true // the function ends: nothing else holds it after
	}
	as, ok := stack[len(stack)-1].(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 || as.Rhs[0] != call {
		return false
	}
	if l, ok := ast.Unparen(as.Lhs[0]).(*ast.Ident); ok {
		id, ok := x.(*ast.Ident)
		return ok && c.p.Info.ObjectOf(id) == c.p.Info.ObjectOf(l)
	}
	return c.fieldOf(as.Lhs[0]) != nil && types.ExprString(as.Lhs[0]) == types.ExprString(x)
}

// fieldOf returns the variable l selects a field of, l a field of a
// local variable of a struct type held by value (t.buf); nil otherwise.
func (c *convFlow) fieldOf(l ast.Expr) *ast.Ident {
	sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	s := c.p.Info.Selections[sel]
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok || s == nil || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
		return nil
	}
	if _, ok := c.p.Info.TypeOf(id).Underlying().(*types.Struct); !ok {
		return nil
	}
	return id
}

// into returns where the assignment of the array to l, a left side in fr,
// takes it: a variable declared in the frame's body (inside the loop
// around the conversion, where there is one), a field of one of a struct
// type, or the blank keeps it.
func (c *convFlow) into(l ast.Expr, fr *convFrame) convVerdict {
	var field *types.Var
	id, ok := ast.Unparen(l).(*ast.Ident)
	if !ok {
		if id = c.fieldOf(l); id == nil {
			return convUnknown // an element, or a field through a pointer: socklab does not follow it
		}
		field = c.p.Info.Selections[ast.Unparen(l).(*ast.SelectorExpr)].Obj().(*types.Var)
	}
	if id.Name == "_" {
		return convStays
	}
	obj := c.p.Info.Defs[id]
	if obj == nil {
		obj = c.p.Info.Uses[id]
	}
	v, ok := obj.(*types.Var)
	if !ok {
		return convUnknown
	}
	if v.Parent() == c.p.Types.Scope() {
		return convEscapes // a global
	}
	if _, ok := v.Type().Underlying().(*types.Slice); !ok && field == nil {
		return convUnknown // an interface, which go build may keep on the stack
	}
	if v.Pos() < fr.body.Pos() || v.Pos() >= fr.body.End() {
		return convUnknown // a parameter or a result
	}
	if fr.loop != nil && (v.Pos() < loopBody(fr.loop).Pos() || v.Pos() >= fr.loop.End()) {
		return convEscapes // kept past its iteration: on the heap
	}
	k := convVar{v, fr, field}
	if _, ok := c.vars[k]; !ok {
		c.vars[k] = false
		if fr.ret == nil {
			c.holders++
		}
	}
	return convStays
}

// held reports whether the expression whose ancestors are stack is
// assigned to a variable or a field, which holds it after the statement.
func held(stack []ast.Node) bool {
	if len(stack) == 0 {
		return false
	}
	switch s := stack[len(stack)-1].(type) {
	case *ast.AssignStmt:
		for _, l := range s.Lhs {
			if id, ok := l.(*ast.Ident); !ok || id.Name != "_" {
				return true
			}
		}
	case *ast.ValueSpec:
		return true
	}
	return false
}

// observable reports whether the capacity the array has shows in what
// the program does: cap is asked, or appends share the array where one
// writes past another's end (two appends, one of them not back into its
// variable, or one such append and a write to an element).
func (c *convFlow) observable() bool {
	switch {
	case c.capped:
		return true
	case c.sharing == 0:
		return false
	}
	return c.appends >= 2 || c.writes > 0
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

// funcDecls maps each function and method that the package's files
// declare to its declaration, for a pass that follows a value into the
// functions it is handed to.
func funcDecls(p *Package) map[*types.Func]*ast.FuncDecl {
	decls := map[*types.Func]*ast.FuncDecl{}
	for _, file := range p.Files {
		for _, d := range file.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				if fn, ok := p.Info.Defs[fd.Name].(*types.Func); ok {
					decls[fn] = fd
				}
			}
		}
	}
	return decls
}

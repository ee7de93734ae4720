package refuse

import (
	"go/ast"
	"go/token"
	"go/types"
)

// nilFlow knows which pointer values of a script can be nil, from simple
// facts of its source: &T{...}, &v and new(T) are never nil; a variable,
// a parameter or a result of the script's function can be nil when
// something that can be nil is ever given to it (nil, a field, an element
// of a map, slice or array, a channel receive, a type assertion, another
// such variable or result), or it is declared without a value. Fields,
// elements, receives and assertions can always be nil. A method's pointer
// receiver can be nil when a call or method value names a pointer that can
// be; a call through an interface is taken to have a non-nil one.
type nilFlow struct {
	r     *reporter
	maybe map[any]bool // *types.Var, or result{fn, i}, that can hold nil
	edges []nilEdge
	decls map[*types.Func]*ast.FuncDecl
}

// result is the i-th result of a function the script declares.
type result struct {
	fn *types.Func
	i  int
}

// nilEdge says that src, or the index-th value of the call tuple, is given
// to dst (a *types.Var or a result).
type nilEdge struct {
	dst   any
	src   ast.Expr
	tuple *ast.CallExpr
	index int
}

// newNilFlow gathers what the source gives to each pointer variable and
// result, and computes which can be nil.
func (r *reporter) newNilFlow() *nilFlow {
	f := &nilFlow{r: r, maybe: map[any]bool{}, decls: map[*types.Func]*ast.FuncDecl{}}
	for v := range r.maybeNil() {
		f.maybe[v] = true
	}
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		if d, ok := n.(*ast.FuncDecl); ok {
			if fn, ok := r.info.Defs[d.Name].(*types.Func); ok {
				f.decls[fn] = d
			}
		}
		return true
	})
	r.inspect(func(n ast.Node, stack []ast.Node) bool {
		switch n := n.(type) {
		case *ast.ValueSpec:
			f.given(identExprs(n.Names), n.Values)
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN || n.Tok == token.DEFINE {
				f.given(n.Lhs, n.Rhs)
			}
		case *ast.RangeStmt:
			f.mark(n.Key)
			f.mark(n.Value)
		case *ast.FuncLit:
			f.markParams(n.Type)
		case *ast.ReturnStmt:
			f.returned(n, stack)
		case *ast.CallExpr:
			f.called(n)
		case *ast.Ident:
			f.escaped(n, stack)
		}
		return true
	})
	f.propagate()
	return f
}

// propagate makes nil every variable and result that an edge gives
// something that can be nil, until none changes.
func (f *nilFlow) propagate() {
	for changed := true; changed; {
		changed = false
		for _, e := range f.edges {
			if f.maybe[e.dst] {
				continue
			}
			if e.tuple != nil && f.tupleNil(e.tuple, e.index) || e.tuple == nil && f.canBeNil(e.src) {
				f.maybe[e.dst] = true
				changed = true
			}
		}
	}
}

// boxedReceivers makes the pointer receivers of the methods of n able to
// hold nil, as the box of a nil *n calls them on the nil pointer (see
// typedNilErrors), and reports whether that changed any.
func (f *nilFlow) boxedReceivers(n *types.Named) bool {
	changed := false
	for i := range n.NumMethods() {
		recv := n.Method(i).Type().(*types.Signature).Recv()
		if recv == nil || f.maybe[recv] {
			continue
		}
		if _, ptr := recv.Type().(*types.Pointer); ptr {
			f.maybe[recv] = true
			changed = true
		}
	}
	if changed {
		f.propagate()
	}
	return changed
}

func identExprs(ids []*ast.Ident) []ast.Expr {
	out := make([]ast.Expr, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}

// pointerVar returns the pointer variable that e names, or nil.
func (f *nilFlow) pointerVar(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	obj := f.r.info.Defs[id]
	if obj == nil {
		obj = f.r.info.Uses[id]
	}
	v, ok := obj.(*types.Var)
	if !ok {
		return nil
	}
	if _, ptr := v.Type().Underlying().(*types.Pointer); !ptr {
		return nil
	}
	return v
}

func (f *nilFlow) mark(e ast.Expr) {
	if v := f.pointerVar(e); v != nil {
		f.maybe[v] = true
	}
}

func (f *nilFlow) markParams(ft *ast.FuncType) {
	for _, fld := range ft.Params.List {
		for _, name := range fld.Names {
			f.mark(name)
		}
	}
}

// given records the values of an assignment or declaration.
func (f *nilFlow) given(lhs, rhs []ast.Expr) {
	switch {
	case len(lhs) == len(rhs):
		for i, l := range lhs {
			if v := f.pointerVar(l); v != nil {
				f.edges = append(f.edges, nilEdge{dst: v, src: rhs[i]})
			}
		}
	case len(rhs) == 1:
		call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr)
		for i, l := range lhs {
			if v := f.pointerVar(l); v != nil {
				if ok {
					f.edges = append(f.edges, nilEdge{dst: v, tuple: call, index: i})
				} else {
					f.maybe[v] = true // v, ok := m[k], x.(*T), <-c
				}
			}
		}
	}
}

// returned records the results of a return of a function the script
// declares; a bare return gives the named results.
func (f *nilFlow) returned(ret *ast.ReturnStmt, stack []ast.Node) {
	var fn *types.Func
	for i := len(stack) - 1; i >= 0 && fn == nil; i-- {
		switch d := stack[i].(type) {
		case *ast.FuncLit:
			return
		case *ast.FuncDecl:
			fn, _ = f.r.info.Defs[d.Name].(*types.Func)
		}
	}
	if fn == nil {
		return
	}
	res := fn.Type().(*types.Signature).Results()
	switch {
	case len(ret.Results) == 0:
		f.namedResults(fn)
	case len(ret.Results) == res.Len():
		for i, e := range ret.Results {
			f.edges = append(f.edges, nilEdge{dst: result{fn, i}, src: e})
		}
	case len(ret.Results) == 1:
		if call, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr); ok {
			for i := range res.Len() {
				f.edges = append(f.edges, nilEdge{dst: result{fn, i}, tuple: call, index: i})
			}
		}
	}
}

// namedResults makes the results of a bare return as nil as the named
// result variables they are.
func (f *nilFlow) namedResults(fn *types.Func) {
	res := fn.Type().(*types.Signature).Results()
	for i := range res.Len() {
		if v := res.At(i); v.Name() != "" {
			f.edges = append(f.edges, nilEdge{dst: result{fn, i}, src: &varExpr{v: v}})
			f.maybe[v] = true // a named result starts as nil
		}
	}
}

// varExpr stands for a variable in an edge whose source has no expression.
type varExpr struct {
	ast.Ident
	v *types.Var
}

// called records the arguments of a call of a function the script
// declares as given to its parameters.
func (f *nilFlow) called(call *ast.CallExpr) {
	fn := f.callee(call)
	if fn == nil {
		return
	}
	params := fn.Type().(*types.Signature).Params()
	sig := fn.Type().(*types.Signature)
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		f.receiver(fn, sel)
	}
	if len(call.Args) == 1 && params.Len() > 1 {
		if inner, ok := ast.Unparen(call.Args[0]).(*ast.CallExpr); ok {
			for i := range params.Len() {
				f.edges = append(f.edges, nilEdge{dst: params.At(i), tuple: inner, index: i})
			}
		}
		return
	}
	for i, a := range call.Args {
		if i < params.Len() && !(sig.Variadic() && i >= params.Len()-1) {
			f.edges = append(f.edges, nilEdge{dst: params.At(i), src: a})
		}
	}
}

// receiver records the pointer that sel, a method of fn called or taken
// as a value, names as given to fn's receiver; an addressable value that
// Go takes the address of for a pointer receiver is never nil.
func (f *nilFlow) receiver(fn *types.Func, sel *ast.SelectorExpr) {
	recv := fn.Type().(*types.Signature).Recv()
	s := f.r.info.Selections[sel]
	if recv == nil || s == nil || s.Kind() != types.MethodVal {
		return
	}
	if _, ptr := recv.Type().Underlying().(*types.Pointer); !ptr {
		return
	}
	if _, ptr := s.Recv().Underlying().(*types.Pointer); ptr {
		f.edges = append(f.edges, nilEdge{dst: recv, src: sel.X})
	}
}

// callee returns the function the script declares that call calls, or nil.
func (f *nilFlow) callee(call *ast.CallExpr) *types.Func {
	var id *ast.Ident
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = fun
	case *ast.SelectorExpr:
		id = fun.Sel
	case *ast.IndexExpr:
		if x, ok := fun.X.(*ast.Ident); ok {
			id = x
		}
	}
	if id == nil {
		return nil
	}
	fn, ok := f.r.info.Uses[id].(*types.Func)
	if !ok || fn.Pkg() != f.r.pkg {
		return nil
	}
	fn = fn.Origin()
	if f.decls[fn] == nil {
		return nil
	}
	return fn
}

// escaped makes the pointer parameters of a function that the script
// uses as a value, not in a call, able to hold nil: whoever calls it is
// not known.
func (f *nilFlow) escaped(id *ast.Ident, stack []ast.Node) {
	fn, ok := f.r.info.Uses[id].(*types.Func)
	if !ok || fn.Pkg() != f.r.pkg || len(stack) == 0 {
		return
	}
	parent := stack[len(stack)-1]
	if sel, ok := parent.(*ast.SelectorExpr); ok && sel.Sel == id && len(stack) > 1 {
		parent = stack[len(stack)-2]
		if call, ok := parent.(*ast.CallExpr); ok && call.Fun == sel {
			return
		}
	} else if call, ok := parent.(*ast.CallExpr); ok && call.Fun == id {
		return
	} else if ix, ok := parent.(*ast.IndexExpr); ok && ix.X == id {
		return
	}
	if sel, ok := stack[len(stack)-1].(*ast.SelectorExpr); ok && sel.Sel == id && f.decls[fn.Origin()] != nil {
		f.receiver(fn.Origin(), sel) // a method value: s.handle
	}
	params := fn.Origin().Type().(*types.Signature).Params()
	for i := range params.Len() {
		if _, ptr := params.At(i).Type().Underlying().(*types.Pointer); ptr {
			f.maybe[params.At(i)] = true
		}
	}
}

// tupleNil reports whether the index-th result of call can be nil.
func (f *nilFlow) tupleNil(call *ast.CallExpr, index int) bool {
	if fn := f.callee(call); fn != nil {
		return f.maybe[result{fn, index}]
	}
	return true
}

// canBeNil reports whether the value of e can be nil by what the flow
// knows.
func (f *nilFlow) canBeNil(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *varExpr:
		return f.maybe[e.v]
	case *ast.Ident:
		switch obj := f.r.info.Uses[e].(type) {
		case *types.Nil:
			return true
		case *types.Var:
			return f.maybe[obj]
		}
		if obj := f.r.info.Defs[e]; obj != nil {
			return f.maybe[obj]
		}
		return true
	case *ast.UnaryExpr:
		return e.Op != token.AND // &T{...}, &v; <-c can be nil
	case *ast.CallExpr:
		if tv := f.r.info.Types[e.Fun]; tv.IsType() && len(e.Args) == 1 {
			return f.canBeNil(e.Args[0]) // (*T)(p)
		}
		if id, ok := ast.Unparen(e.Fun).(*ast.Ident); ok {
			if b, ok := f.r.info.Uses[id].(*types.Builtin); ok && b.Name() == "new" {
				return false
			}
		}
		return f.tupleNil(e, 0)
	}
	return true
}

// guarded reports whether e, a variable or a field of one, is tested
// against nil where it is used: inside if e != nil { ... }, or after
// if e == nil { return } in the same or an enclosing block. The test is
// taken to hold while the block runs.
func guarded(e ast.Expr, stack []ast.Node) bool {
	name := types.ExprString(ast.Unparen(e))
	if !plainOperand(ast.Unparen(e)) {
		return false
	}
	for i := len(stack) - 1; i >= 0; i-- {
		var inner ast.Node
		if i+1 < len(stack) {
			inner = stack[i+1]
		}
		switch s := stack[i].(type) {
		case *ast.IfStmt:
			if inner == s.Body && nilTest(s.Cond, name, token.NEQ, token.LAND) {
				return true
			}
		case *ast.BlockStmt:
			for _, st := range s.List {
				if st == inner {
					break
				}
				if is, ok := st.(*ast.IfStmt); ok && is.Else == nil && nilTest(is.Cond, name, token.EQL, token.LOR) && leaves(is.Body) {
					return true
				}
			}
		}
	}
	return false
}

// plainOperand reports whether e is a variable or a chain of fields of
// one (s.next.err).
func plainOperand(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return plainOperand(e.X)
	}
	return false
}

// nilTest reports whether cond compares name with nil by op, alone or as
// an operand of a chain of join (&& for !=, || for ==).
func nilTest(cond ast.Expr, name string, op, join token.Token) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	if b.Op == join {
		return nilTest(b.X, name, op, join) || nilTest(b.Y, name, op, join)
	}
	if b.Op != op {
		return false
	}
	isNil := func(e ast.Expr) bool { id, ok := ast.Unparen(e).(*ast.Ident); return ok && id.Name == "nil" }
	return isNil(b.Y) && types.ExprString(ast.Unparen(b.X)) == name || isNil(b.X) && types.ExprString(ast.Unparen(b.Y)) == name
}

// leaves reports whether a block ends by leaving the code that follows
// it: a return, break, continue, goto or panic.
func leaves(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	switch s := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	case *ast.ExprStmt:
		if c, ok := s.X.(*ast.CallExpr); ok {
			if id, ok := c.Fun.(*ast.Ident); ok && id.Name == "panic" {
				return true
			}
		}
	}
	return false
}

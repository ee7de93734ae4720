package refuse

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// stackBuffer is the size of the buffer on the stack that a Go build (since
// Go 1.25) gives a slice that does not leave its function, at its first
// growth by append from capacity 0.
const stackBuffer = 32

// gcSizes are the sizes a Go build gives the elements of a slice.
var gcSizes = types.SizesFor("gc", "amd64")

// stackCaps refuses cap(v), v a local slice variable (or a reslice of it)
// that append may grow from capacity 0 in its function, of elements of 32
// bytes at most, where v does not surely leave the function. A Go build
// grows such a slice into a 32-byte buffer on its stack (cap 4 of an int
// after one append, 32 of a byte), where the interpreter grows it on the
// heap (cap 1, 8); which slices stay on the stack the compiler's escape
// analysis decides, which socklab cannot follow, so a slice that surely
// escapes (an argument of an interface type, as fmt's printing takes it;
// stored in a field, a global, an element or a map; sent; returned; its
// address taken; appended as an element; started with go or defer) is
// accepted: it lives on the heap in both. A slice a function literal
// captures, or held in a local variable of an interface type, go build may
// keep on the stack (the literal inlined, the variable going no further),
// so those are refused.
func stackCaps(r *reporter) {
	for _, f := range r.files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				r.stackCapsIn(fd)
			}
		}
	}
}

// stackSlice is what stackCapsIn learns of a local slice variable.
type stackSlice struct {
	empty    bool // declared or assigned a slice of capacity 0, or maybe 0
	appended bool // the first argument of an append in its function
	escapes  bool
	caps     []*ast.CallExpr
	// loops are the loops of a constant count whose body appends to it
	// in a statement of its own, each with that count.
	loops map[ast.Node]int64
}

// stackCapsIn checks fd, with the function literals inside it. A slice
// parameter may be nil, as a slice declared without a value is.
func (r *reporter) stackCapsIn(fd *ast.FuncDecl) {
	vars := map[*types.Var]*stackSlice{}
	slice := func(id *ast.Ident) *stackSlice {
		v, ok := r.info.Uses[id].(*types.Var)
		if !ok {
			v, ok = r.info.Defs[id].(*types.Var)
		}
		if !ok || v.IsField() || v.Parent() == nil || v.Parent() == r.pkg.Scope() {
			return nil
		}
		if v.Pos() < fd.Type.Params.Pos() || v.Pos() >= fd.End() {
			return nil
		}
		if _, ok := v.Type().Underlying().(*types.Slice); !ok {
			return nil
		}
		s := vars[v]
		if s == nil {
			s = &stackSlice{}
			vars[v] = s
		}
		return s
	}
	for _, field := range fd.Type.Params.List {
		for _, name := range field.Names {
			if s := slice(name); s != nil {
				s.empty = true
			}
		}
	}
	ast.PreorderStack(fd.Body, nil, func(n ast.Node, stack []ast.Node) bool {
		switch n := n.(type) {
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if s := slice(name); s != nil && (len(n.Values) == 0 || i < len(n.Values) && len(n.Values) == len(n.Names) && r.emptySlice(n.Values[i])) {
					s.empty = true
				}
			}
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, lhs := range n.Lhs {
					if id, ok := lhs.(*ast.Ident); ok && r.emptySlice(n.Rhs[i]) {
						if s := slice(id); s != nil {
							s.empty = true
						}
					}
				}
			}
		case *ast.Ident:
			s := slice(n)
			if s == nil || r.info.Defs[n] != nil {
				return true
			}
			r.stackUse(s, n, stack)
		}
		return true
	})
	for v, s := range vars {
		if !s.empty || !s.appended || s.escapes {
			continue
		}
		elem := v.Type().Underlying().(*types.Slice).Elem()
		es := types.TypeString(elem, types.RelativeTo(r.pkg))
		if hasTypeParam(elem) {
			// Its size goes by the instance: 4 of an int, 32 of a byte.
			for _, c := range s.caps {
				r.refuse(c.Pos(), "go build keeps the first 32 bytes of a slice that does not leave its function on the stack, so cap(%s) after its first append counts as many elements of %s as fill 32 bytes there, where the interpreter grows it on the heap to fit what is appended (Go's escape analysis decides, which socklab cannot follow): make the slice with the capacity you mean (make([]%s, 0, n)), or do not print cap", v.Name(), es, es)
			}
			continue
		}
		size := gcSizes.Sizeof(elem)
		if size == 0 || stackBuffer/size < 2 {
			continue // a buffer of one element: the heap's first capacity too
		}
		for _, c := range s.caps {
			if grownPast(s.loops, c, size) {
				continue
			}
			r.refuse(c.Pos(), "go build keeps the first 32 bytes of a slice that does not leave its function on the stack, so cap(%s) after its first append counts %d elements of %s there, where the interpreter grows it on the heap to fit what is appended (Go's escape analysis decides, which socklab cannot follow): make the slice with the capacity you mean (make([]%s, 0, n)), or do not print cap", v.Name(), stackBuffer/size, es, es)
		}
	}
}

// stackUse records what the use id of a local slice s does to it: the
// innermost expression that holds it (through parentheses and reslices)
// decides whether it grows, escapes or has its capacity asked.
func (r *reporter) stackUse(s *stackSlice, id *ast.Ident, stack []ast.Node) {
	var e ast.Expr = id
	i := len(stack) - 1
	for ; i >= 0; i-- {
		switch p := stack[i].(type) {
		case *ast.ParenExpr:
			e = p
			continue
		case *ast.SliceExpr:
			if p.X == e {
				e = p
				continue
			}
		}
		break
	}
	if i < 0 {
		return
	}
	switch p := stack[i].(type) {
	case *ast.CallExpr:
		r.stackCall(s, e, p, i > 0 && isGoOrDefer(stack[i-1], p))
		if i >= 3 && r.isAppend(p) && p.Args[0] == e {
			if as, ok := stack[i-1].(*ast.AssignStmt); ok && len(as.Rhs) == 1 && as.Rhs[0] == ast.Expr(p) {
				if n, ok := r.loopCount(stack[i-3], stack[i-2]); ok {
					if s.loops == nil {
						s.loops = map[ast.Node]int64{}
					}
					s.loops[stack[i-3]] = n
				}
			}
		}
	case *ast.AssignStmt:
		for j, rhs := range p.Rhs {
			if rhs == e && len(p.Lhs) == len(p.Rhs) && !r.local(p.Lhs[j]) {
				s.escapes = true
			}
		}
	case *ast.ReturnStmt:
		s.escapes = true
	case *ast.CompositeLit:
		s.escapes = r.mapLiteral(p)
	case *ast.KeyValueExpr:
		s.escapes = i == 0 || r.mapLiteral(stack[i-1])
	case *ast.SendStmt:
		if p.Value == e {
			s.escapes = true
		}
	case *ast.UnaryExpr:
		if p.Op == token.AND {
			s.escapes = true
		}
	case *ast.SelectorExpr:
		s.escapes = true // a method of a named slice type: its receiver may leave
	}
}

// stackCall records a call that e, a use of the local slice s, is an
// argument of.
func (r *reporter) stackCall(s *stackSlice, e ast.Expr, call *ast.CallExpr, started bool) {
	if tv, ok := r.info.Types[call.Fun]; ok && tv.IsType() {
		if types.IsInterface(tv.Type) {
			s.escapes = true
		}
		return
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := r.info.Uses[id].(*types.Builtin); ok {
			switch b.Name() {
			case "append":
				if call.Args[0] == e {
					s.appended = true
				} else if !call.Ellipsis.IsValid() {
					s.escapes = true // appended as an element
				}
			case "cap":
				s.caps = append(s.caps, call)
			}
			return
		}
	}
	if started {
		s.escapes = true
		return
	}
	sig, ok := types.Unalias(r.typeOf(call.Fun)).(*types.Signature)
	if !ok {
		s.escapes = true
		return
	}
	for j, a := range call.Args {
		if a != e {
			continue
		}
		var pt types.Type
		switch params := sig.Params(); {
		case sig.Variadic() && j >= params.Len()-1 && !call.Ellipsis.IsValid():
			pt = params.At(params.Len() - 1).Type().(*types.Slice).Elem()
		case j < params.Len():
			pt = params.At(j).Type()
		}
		if pt == nil || types.IsInterface(pt) {
			s.escapes = true
		}
	}
}

// hasTypeParam reports whether the size of t goes by a type parameter:
// t is one, or an array or a struct that holds one.
func hasTypeParam(t types.Type) bool {
	switch t := types.Unalias(t).(type) {
	case *types.TypeParam:
		return true
	case *types.Array:
		return hasTypeParam(t.Elem())
	case *types.Named:
		return t.TypeArgs().Len() > 0 && hasTypeParam(t.Underlying())
	case *types.Struct:
		for i := range t.NumFields() {
			if hasTypeParam(t.Field(i).Type()) {
				return true
			}
		}
	}
	return false
}

// grownPast reports whether one of loops, each of a constant count whose
// body appends an element to the slice, ends before c and outgrows the
// stack's buffer: a slice of elements of a size that divides 32 then grows
// to the heap's capacities, as under the interpreter (4 ints, then 8 and
// 16, where the heap had 1, 2, 4, 8 and 16).
func grownPast(loops map[ast.Node]int64, c *ast.CallExpr, size int64) bool {
	if stackBuffer%size != 0 {
		return false
	}
	for l, n := range loops {
		if l.End() <= c.Pos() && n*size > stackBuffer {
			return true
		}
	}
	return false
}

// loopCount returns how many times loop runs body, a block of its own,
// where the count is a constant: for i := range N, or for i := 0; i < N;
// i++ whose body does not assign i.
func (r *reporter) loopCount(loop, body ast.Node) (int64, bool) {
	var n ast.Expr
	switch l := loop.(type) {
	case *ast.RangeStmt:
		if l.Body != body {
			return 0, false
		}
		if t := r.typeOf(l.X); t == nil || !isInteger(t) {
			return 0, false
		}
		n = l.X
	case *ast.ForStmt:
		if l.Body != body {
			return 0, false
		}
		init, ok := l.Init.(*ast.AssignStmt)
		cond, ok2 := l.Cond.(*ast.BinaryExpr)
		post, ok3 := l.Post.(*ast.IncDecStmt)
		if !ok || !ok2 || !ok3 || len(init.Lhs) != 1 || len(init.Rhs) != 1 || cond.Op != token.LSS || post.Tok != token.INC {
			return 0, false
		}
		i, ok := init.Lhs[0].(*ast.Ident)
		ci, ok2 := cond.X.(*ast.Ident)
		pi, ok3 := post.X.(*ast.Ident)
		if !ok || !ok2 || !ok3 || r.info.ObjectOf(i) != r.info.ObjectOf(ci) || r.info.ObjectOf(i) != r.info.ObjectOf(pi) || r.assigns(l.Body, r.info.ObjectOf(i)) {
			return 0, false
		}
		if tv := r.info.Types[init.Rhs[0]]; tv.Value == nil || tv.Value.String() != "0" {
			return 0, false
		}
		n = cond.Y
	default:
		return 0, false
	}
	tv := r.info.Types[n]
	if tv.Value == nil || mayLeave(body) {
		return 0, false
	}
	count, exact := constant.Int64Val(constant.ToInt(tv.Value))
	return count, exact
}

// mayLeave reports whether body holds a break, a goto or a return, which
// could end its loop before its count.
func mayLeave(body ast.Node) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BranchStmt:
			found = found || n.Tok == token.BREAK || n.Tok == token.GOTO
		case *ast.ReturnStmt:
			found = true
		case *ast.FuncLit:
			return false
		}
		return !found
	})
	return found
}

// isAppend reports whether call calls the builtin append.
func (r *reporter) isAppend(call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok || len(call.Args) == 0 {
		return false
	}
	b, ok := r.info.Uses[id].(*types.Builtin)
	return ok && b.Name() == "append"
}

// isInteger reports whether t is an integer type.
func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// assigns reports whether body assigns v or takes its address.
func (r *reporter) assigns(body ast.Node, v types.Object) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, ok := l.(*ast.Ident); ok && r.info.ObjectOf(id) == v {
					found = true
				}
			}
		case *ast.IncDecStmt:
			if id, ok := n.X.(*ast.Ident); ok && r.info.ObjectOf(id) == v {
				found = true
			}
		case *ast.UnaryExpr:
			if id, ok := n.X.(*ast.Ident); ok && n.Op == token.AND && r.info.ObjectOf(id) == v {
				found = true
			}
		}
		return !found
	})
	return found
}

// isGoOrDefer reports whether n is a go or defer statement that starts call.
func isGoOrDefer(n ast.Node, call *ast.CallExpr) bool {
	switch n := n.(type) {
	case *ast.GoStmt:
		return n.Call == call
	case *ast.DeferStmt:
		return n.Call == call
	}
	return false
}

// local reports whether e, the left side of an assignment, is a local
// variable or a blank, or a field or an array element of one held by
// value: a slice assigned there (to a variable of an interface type too,
// which go build finds does not leave the function where it goes no
// further) may stay in its function.
func (r *reporter) local(e ast.Expr) bool {
	for {
		var x ast.Expr
		switch l := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			x = l.X
		case *ast.IndexExpr:
			x = l.X
		}
		if x == nil {
			break
		}
		switch t := r.typeOf(x); {
		case t == nil:
			return false
		case isStructOrArray(t.Underlying()):
			e = x
			continue
		}
		return false
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	if id.Name == "_" {
		return true
	}
	obj := r.info.Uses[id]
	if obj == nil {
		obj = r.info.Defs[id]
	}
	v, ok := obj.(*types.Var)
	return ok && v.Parent() != r.pkg.Scope()
}

// isStructOrArray reports whether t is a struct or an array type, whose
// fields and elements are held in the variable itself.
func isStructOrArray(t types.Type) bool {
	switch t.(type) {
	case *types.Struct, *types.Array:
		return true
	}
	return false
}

// mapLiteral reports whether n is a map's composite literal, whose values
// go build keeps on the heap; the slices a struct, an array or a slice
// literal holds may stay in the function.
func (r *reporter) mapLiteral(n ast.Node) bool {
	lit, ok := n.(*ast.CompositeLit)
	if !ok {
		return false
	}
	t := r.typeOf(lit)
	if t == nil {
		return true
	}
	_, isMap := t.Underlying().(*types.Map)
	return isMap
}

// emptySlice reports whether e is a slice value whose capacity may be 0:
// nil, an empty literal ([]T{}), or make([]T, n) with n possibly 0 and no
// capacity.
func (r *reporter) emptySlice(e ast.Expr) bool {
	e = ast.Unparen(e)
	if tv, ok := r.info.Types[e]; ok && tv.IsNil() {
		return true
	}
	switch e := e.(type) {
	case *ast.CompositeLit:
		_, ok := r.typeOf(e).Underlying().(*types.Slice)
		return ok && len(e.Elts) == 0
	case *ast.CallExpr:
		id, ok := ast.Unparen(e.Fun).(*ast.Ident)
		if !ok || len(e.Args) != 2 {
			return false
		}
		if b, ok := r.info.Uses[id].(*types.Builtin); !ok || b.Name() != "make" {
			return false
		}
		tv := r.info.Types[e.Args[1]]
		if tv.Value == nil {
			return true
		}
		n, exact := constant.Int64Val(constant.ToInt(tv.Value))
		return exact && n == 0
	}
	return false
}

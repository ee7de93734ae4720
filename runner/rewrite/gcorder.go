package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
	"runtime"
)

// gc evaluates an expression statement, an assignment to variables, a
// return and the like in two phases. First, in the order they are
// written, each inner one before the one it is part of, it makes the
// statement's calls and receives and copies into temporaries what its
// order pass treats as they are: the builtins that give a value (len,
// append, make, ...), slice expressions, []byte and []rune conversions
// of a string, type assertions to a type that does not fit an interface's
// word, && and || (each as a whole), map literals with entries that are
// not constant, and a value converted to an interface that is not
// addressable and does not fit the word (a comparison, a byte sum, a
// struct literal). Then it evaluates the rest: indexes, dereferences,
// arithmetic, conversions, other composite literals. So
// fmt.Println(names[i], score(i)) calls score before it indexes names,
// and x*2 + inc() doubles the x that inc left. The interpreter goes left
// to right. These find a statement's steps in the interpreter's order,
// which are early in gc and which late ones can tell the difference, and
// which early ones must go first for the interpreter to run as gc does;
// pass evalcalls moves them.

// A step is one thing that evaluating a statement does, in the
// interpreter's order: an early one (gc makes it in that order too), or a
// late one that a call could tell from after it, as it can panic or
// reads what a call can change.
type step struct {
	x     ast.Expr
	early bool
	quiet bool // it changes nothing and can fail only on a nil pointer (see quietStep)
}

// gcOrder answers the questions of the pass about one file; what it
// needs of the whole file it finds once asked.
type gcOrder struct {
	p       *Package
	f       *ast.File
	o       orderOf
	iface   map[ast.Expr]bool     // values converted to an interface type (see ifaceValues)
	changes map[types.Object]bool // local variables a call can change: captured or with their address taken
	ranged  bool                  // o.inRange is found
	sizes   types.Sizes
}

func newGCOrder(p *Package, f *ast.File) *gcOrder {
	return &gcOrder{p: p, f: f, o: orderOf{info: p.Info}, sizes: types.SizesFor("gc", runtime.GOARCH)}
}

// converted reports whether Go converts e to an interface type where it
// is used.
func (g *gcOrder) converted(e ast.Expr) bool {
	if g.iface == nil {
		g.iface = ifaceValues(g.p.Info, g.f)
	}
	return g.iface[e]
}

// inRange reports whether a loop keeps x in range (see inRangeIndexes).
func (g *gcOrder) inRange(x *ast.IndexExpr) bool {
	if !g.ranged {
		g.o.inRange, g.ranged = inRangeIndexes(g.p, g.f), true
	}
	return g.o.inRange[x]
}

// steps appends the steps of evaluating e to out, inner ones first.
func (g *gcOrder) steps(e ast.Expr, out []step) []step {
	if e == nil {
		return out
	}
	info := g.p.Info
	if tv, ok := info.Types[e]; ok && (tv.Value != nil || tv.IsType()) {
		return out
	}
	early, before := false, len(out)
	switch x := e.(type) {
	case *ast.FuncLit, *ast.Ident, *ast.BasicLit, *ast.BadExpr, *ast.IndexListExpr:
		return out
	case *ast.ParenExpr:
		out = g.steps(x.X, out)
	case *ast.BinaryExpr:
		if x.Op == token.LAND || x.Op == token.LOR {
			return append(out, step{x: e, early: true}) // the whole, in gc a statement of its own
		}
		out = g.steps(x.Y, g.steps(x.X, out))
	case *ast.UnaryExpr:
		out = g.steps(x.X, out)
		early = x.Op == token.ARROW
	case *ast.StarExpr:
		out = g.steps(x.X, out)
	case *ast.SelectorExpr:
		if info.Selections[x] != nil {
			out = g.steps(x.X, out)
		}
	case *ast.IndexExpr:
		if _, fn := g.o.under(x.X).(*types.Signature); fn {
			return out // a generic function's instance
		}
		out = g.steps(x.Index, g.steps(x.X, out))
	case *ast.SliceExpr:
		for _, y := range []ast.Expr{x.X, x.Low, x.High, x.Max} {
			out = g.steps(y, out)
		}
		early = true
	case *ast.TypeAssertExpr:
		out = g.steps(x.X, out)
		early = !g.directIface(info.TypeOf(x))
	case *ast.CallExpr:
		if tv := info.Types[x.Fun]; tv.IsType() {
			for _, a := range x.Args {
				out = g.steps(a, out)
			}
			early = g.stringToSlice(x)
			break
		}
		if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && info.Selections[sel] != nil && info.Selections[sel].Kind() == types.MethodVal {
			out = g.steps(sel.X, out) // the receiver, which the call reads
		} else {
			out = g.steps(x.Fun, out)
		}
		for _, a := range x.Args {
			out = g.steps(a, out)
		}
		early = true
	case *ast.CompositeLit:
		if _, isMap := g.o.under(x).(*types.Map); isMap && !g.static(x) {
			return append(out, step{x: e, early: true}) // its entries, in gc statements of their own
		}
		for _, el := range x.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if _, isStruct := g.o.under(x).(*types.Struct); !isStruct {
					out = g.steps(kv.Key, out)
				}
				el = kv.Value
			}
			out = g.steps(el, out)
		}
	default:
		return out
	}
	if !early && (len(out) > before || g.sensitive(e)) && g.copied(e) && g.converted(e) {
		early = true // a copy that can be told from another time: not &x
	}
	if early || g.sensitive(e) {
		out = append(out, step{x: e, early: early, quiet: g.quietStep(e, early)})
	}
	return out
}

// stringToSlice reports whether c converts a string to []byte or []rune,
// which gc makes as a call.
func (g *gcOrder) stringToSlice(c *ast.CallExpr) bool {
	if len(c.Args) != 1 {
		return false
	}
	_, toSlice := g.o.under(c.Fun).(*types.Slice)
	b, fromString := g.o.under(c.Args[0]).(*types.Basic)
	return toSlice && fromString && b.Info()&types.IsString != 0
}

// copied reports whether gc copies e, a value converted to an interface,
// to a temporary where it is written: it is not addressable, not of an
// interface type and not static, and its type does not fit the word of
// an interface the way gc's runtime converts it.
func (g *gcOrder) copied(e ast.Expr) bool {
	tv := g.p.Info.Types[e]
	if tv.Type == nil || tv.Value != nil || tv.Addressable() || tv.IsNil() || types.IsInterface(tv.Type) || g.static(e) {
		return false
	}
	if _, isTuple := tv.Type.(*types.Tuple); isTuple {
		return false
	}
	return g.needsAddress(types.Default(tv.Type))
}

// static reports whether e is a constant, nil, or an array, struct or map
// literal of such, which gc lays out before the program runs.
func (g *gcOrder) static(e ast.Expr) bool {
	tv := g.p.Info.Types[e]
	if tv.Value != nil || tv.IsNil() {
		return true
	}
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return false
	}
	if _, isSlice := g.o.under(lit).(*types.Slice); isSlice {
		return false
	}
	for _, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if _, isStruct := g.o.under(lit).(*types.Struct); !isStruct && !g.static(kv.Key) {
				return false
			}
			el = kv.Value
		}
		if !g.static(el) {
			return false
		}
	}
	return true
}

// needsAddress reports whether gc converts a value of type t to an
// interface through its address: t is not two bytes, nor four or eight
// without pointers, nor one string or slice alone (as in cmd/compile's
// dataWordFuncName).
func (g *gcOrder) needsAddress(t types.Type) bool {
	if holdsTypeParam(t, map[types.Type]bool{}) {
		return false // its size is the instance's
	}
	size, align := g.sizes.Sizeof(t), g.sizes.Alignof(t)
	pointers := hasPointers(t, map[types.Type]bool{})
	switch {
	case size == 2 && align == 2:
		return false
	case size == 4 && align == 4 && !pointers:
		return false
	case size == 8 && align == g.sizes.Alignof(types.Typ[types.Uint64]) && !pointers:
		return false
	}
	if sole := soleComponent(t); sole != nil {
		switch u := sole.Underlying().(type) {
		case *types.Slice:
			return false
		case *types.Basic:
			if u.Info()&types.IsString != 0 {
				return false
			}
		}
	}
	return true
}

// directIface reports whether an interface holds a value of type t in
// its word (a pointer, a map, a channel, a function, or a struct or
// array of one of them alone).
func (g *gcOrder) directIface(t types.Type) bool {
	if t == nil {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Chan, *types.Signature:
		return true
	case *types.Basic:
		return u.Kind() == types.UnsafePointer
	case *types.Struct:
		return u.NumFields() == 1 && g.directIface(u.Field(0).Type())
	case *types.Array:
		return u.Len() == 1 && g.directIface(u.Elem())
	}
	return false
}

// soleComponent returns the one component of t, through structs of one
// field and arrays of one element; nil where t has more or none.
func soleComponent(t types.Type) types.Type {
	switch u := t.Underlying().(type) {
	case *types.Struct:
		if u.NumFields() != 1 {
			return nil
		}
		return soleComponent(u.Field(0).Type())
	case *types.Array:
		if u.Len() != 1 {
			return nil
		}
		return soleComponent(u.Elem())
	}
	return t
}

// hasPointers reports whether a value of type t holds a pointer.
func hasPointers(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0 || u.Kind() == types.UnsafePointer || u.Kind() == types.UntypedNil
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if hasPointers(u.Field(i).Type(), seen) {
				return true
			}
		}
		return false
	case *types.Array:
		return u.Len() > 0 && hasPointers(u.Elem(), seen)
	}
	return true
}

// sensitive reports whether e, a late step, can panic, or reads what a
// call could change (an element, a pointed-to variable, a package's
// variable, a local one captured or with its address taken): its place
// among the calls can be told. Variables and fields read as operands count
// with the operation that reads them, which the interpreter does where it
// stands.
func (g *gcOrder) sensitive(e ast.Expr) bool {
	info := g.p.Info
	switch x := e.(type) {
	case *ast.IndexExpr:
		switch g.o.under(x.X).(type) {
		case *types.Array, *types.Basic:
			return g.changing(x.X) || info.Types[x.Index].Value == nil && !g.inRange(x)
		}
		return true // a slice's or a map's element, or an array's through a pointer
	case *ast.StarExpr:
		return true
	case *ast.SelectorExpr:
		sel := info.Selections[x]
		if sel == nil {
			_, isVar := info.Uses[x.Sel].(*types.Var)
			return isVar // a package's variable
		}
		return sel.Indirect() || sel.Kind() == types.MethodVal && g.changing(x.X)
	case *ast.BinaryExpr:
		if g.opPanics(x) {
			return true
		}
		if (x.Op == token.EQL || x.Op == token.NEQ) && types.IsInterface(info.TypeOf(x.X)) && types.IsInterface(info.TypeOf(x.Y)) && !info.Types[x.X].IsNil() && !info.Types[x.Y].IsNil() {
			return true // of values whose dynamic type cannot be compared
		}
		return g.changing(x.X) || g.changing(x.Y)
	case *ast.UnaryExpr:
		return x.Op != token.AND && g.changing(x.X)
	case *ast.ParenExpr:
		return g.changing(x.X)
	case *ast.CallExpr: // a conversion
		if len(x.Args) != 1 {
			return false
		}
		switch g.o.under(x.Fun).(type) {
		case *types.Array, *types.Pointer:
			return true // of a slice, which panics where it is short
		case *types.Basic:
			if _, fromSlice := g.o.under(x.Args[0]).(*types.Slice); fromSlice {
				return true // a string of a slice's bytes or runes
			}
		}
		return g.changing(x.Args[0])
	case *ast.TypeAssertExpr:
		return true
	case *ast.CompositeLit:
		for _, el := range x.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				el = kv.Value
			}
			if g.changing(el) {
				return true
			}
		}
	}
	return false
}

// opPanics reports whether the operation of x itself, not its operands,
// can panic: an integer division or remainder by a variable, a shift by a
// signed variable count.
func (g *gcOrder) opPanics(x *ast.BinaryExpr) bool {
	info := g.p.Info
	switch x.Op {
	case token.QUO, token.REM:
		t, ok := g.o.under(x).(*types.Basic)
		return info.Types[x.Y].Value == nil && (!ok || t.Info()&types.IsInteger != 0)
	case token.SHL, token.SHR:
		t, ok := g.o.under(x.Y).(*types.Basic)
		return info.Types[x.Y].Value == nil && (!ok || t.Info()&types.IsUnsigned == 0)
	}
	return false
}

// changing reports whether e is a variable, or a field of one held in
// it, that a call could change: a package's, or a local one captured by a
// function literal or with its address taken.
func (g *gcOrder) changing(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := g.p.Info.Uses[x].(*types.Var)
		if !ok {
			return false
		}
		if v.Parent() == g.p.Types.Scope() || v.Parent() == nil {
			return true
		}
		if g.changes == nil {
			g.changes = addressTaken(g.p)
			for v := range capturedVars(g.p, g.f) {
				g.changes[v] = true
			}
		}
		return g.changes[v]
	case *ast.SelectorExpr:
		sel := g.p.Info.Selections[x]
		return sel != nil && sel.Kind() == types.FieldVal && !sel.Indirect() && g.changing(x.X)
	}
	return false
}

// hoists returns the early steps of seq, the steps of a statement or of
// an early step's inner ones, that the interpreter must make before the
// statement for gc's order, inner ones first: each early step up to the
// last that comes after a late step outside it, and, of those inside one
// of them, the ones its own late steps need first.
func hoists(seq []step) []ast.Expr {
	inside := func(a, b ast.Expr) bool { return b.Pos() <= a.Pos() && a.End() <= b.End() && a != b }
	// A late step counts before an early one where it is not part of it
	// or of an early one before it, which gc makes in that order too.
	last := -1
	for k, s := range seq {
		if !s.early {
			continue
		}
	late:
		for j, r := range seq[:k] {
			if r.early || inside(r.x, s.x) || s.quiet && r.quiet {
				continue
			}
			for _, t := range seq[j+1 : k] {
				if t.early && inside(r.x, t.x) {
					continue late
				}
			}
			last = k
			break
		}
	}
	var out []ast.Expr
	for k := 0; k <= last; k++ {
		s := seq[k]
		if !s.early {
			continue
		}
		outer := false
		for _, t := range seq[k+1 : last+1] {
			if t.early && inside(s.x, t.x) {
				outer = true
				break
			}
		}
		if outer {
			continue // moved with the step around it
		}
		var inner []step
		for _, t := range seq[:k] {
			if inside(t.x, s.x) {
				inner = append(inner, t)
			}
		}
		out = append(out, hoists(inner)...)
		out = append(out, s.x)
	}
	return out
}

// ifaceValues returns the values of f that Go converts to an interface
// type where they are used: as an argument, an assigned or returned value,
// an element of a composite literal, a value sent, a map's key, an operand
// compared with an interface, or the operand of a conversion.
func ifaceValues(info *types.Info, f *ast.File) map[ast.Expr]bool {
	out := map[ast.Expr]bool{}
	to := func(x ast.Expr, t types.Type) {
		if x == nil || t == nil || !types.IsInterface(t) {
			return
		}
		if xt := info.TypeOf(x); xt != nil && !types.IsInterface(xt) {
			out[ast.Unparen(x)] = true
		}
	}
	var results []*types.Tuple // of the functions around, innermost last
	var walk func(n ast.Node) bool
	walk = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			body, res := funcBody(info, n)
			if body == nil {
				return false
			}
			results = append(results, res)
			ast.Inspect(body, walk)
			results = results[:len(results)-1]
			return false
		case *ast.CallExpr:
			if tv := info.Types[n.Fun]; tv.IsType() {
				if len(n.Args) == 1 {
					to(n.Args[0], tv.Type)
				}
				return true
			}
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
				if b, ok := info.Uses[id].(*types.Builtin); ok {
					if b.Name() == "append" && !n.Ellipsis.IsValid() {
						if s, ok := info.TypeOf(n).Underlying().(*types.Slice); ok {
							for _, a := range n.Args[1:] {
								to(a, s.Elem())
							}
						}
					}
					return true
				}
			}
			sig, ok := info.TypeOf(n.Fun).Underlying().(*types.Signature)
			if !ok {
				return true
			}
			params := sig.Params()
			for i, a := range n.Args {
				switch {
				case sig.Variadic() && i >= params.Len()-1 && !n.Ellipsis.IsValid():
					if s, ok := params.At(params.Len() - 1).Type().(*types.Slice); ok {
						to(a, s.Elem())
					}
				case i < params.Len():
					to(a, params.At(i).Type())
				}
			}
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) && (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) {
				for i, l := range n.Lhs {
					if !isBlank(l) {
						to(n.Rhs[i], info.TypeOf(l))
					}
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil && len(n.Values) == len(n.Names) {
				for _, v := range n.Values {
					to(v, info.TypeOf(n.Type))
				}
			}
		case *ast.ReturnStmt:
			if len(results) > 0 && results[len(results)-1] != nil && results[len(results)-1].Len() == len(n.Results) {
				for i, r := range n.Results {
					to(r, results[len(results)-1].At(i).Type())
				}
			}
		case *ast.SendStmt:
			if ch, ok := info.TypeOf(n.Chan).Underlying().(*types.Chan); ok {
				to(n.Value, ch.Elem())
			}
		case *ast.IndexExpr:
			if m, ok := info.TypeOf(n.X).Underlying().(*types.Map); ok {
				to(n.Index, m.Key())
			}
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				to(n.X, info.TypeOf(n.Y))
				to(n.Y, info.TypeOf(n.X))
			}
		case *ast.CompositeLit:
			t := info.TypeOf(n)
			if t == nil {
				return true
			}
			if p, ok := t.Underlying().(*types.Pointer); ok {
				t = p.Elem()
			}
			for i, el := range n.Elts {
				kv, _ := el.(*ast.KeyValueExpr)
				value := el
				if kv != nil {
					value = kv.Value
				}
				switch u := t.Underlying().(type) {
				case *types.Slice:
					to(value, u.Elem())
				case *types.Array:
					to(value, u.Elem())
				case *types.Map:
					if kv != nil {
						to(kv.Key, u.Key())
					}
					to(value, u.Elem())
				case *types.Struct:
					if kv != nil {
						if id, ok := kv.Key.(*ast.Ident); ok {
							for j := 0; j < u.NumFields(); j++ {
								if u.Field(j).Name() == id.Name {
									to(value, u.Field(j).Type())
								}
							}
						}
					} else if i < u.NumFields() {
						to(value, u.Field(i).Type())
					}
				}
			}
		}
		return true
	}
	ast.Inspect(f, walk)
	return out
}
